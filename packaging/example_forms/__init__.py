"""The example questionnaires DuoDesk ships, one module each (see ``common.py``)."""
