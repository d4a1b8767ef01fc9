"""The XLSForm columns DuoDesk reads and writes, and the words for yes and no: declared once,
for the reader and writer (:mod:`duodesk.core.xlsform`), the checks, the stored JSON, the
designer's edits and the examples.
"""

from __future__ import annotations

TRANSLATABLE = ("label", "hint", "required_message", "constraint_message")

SURVEY_ALIASES = {
    "relevance": "relevant",
    "bind::relevant": "relevant",
    "constraint message": "constraint_message",
    "jr:constraintmsg": "constraint_message",
    "bind::jr:constraintmsg": "constraint_message",
    "bind::constraint": "constraint",
    "required message": "required_message",
    "jr:requiredmsg": "required_message",
    "bind::jr:requiredmsg": "required_message",
    "bind::required": "required",
    "calculate": "calculation",
    "bind::calculate": "calculation",
    "read only": "read_only",
    "readonly": "read_only",
    "bind::readonly": "read_only",
    "choice filter": "choice_filter",
    "control::appearance": "appearance",
    "default value": "default",
    "caption": "label",
}
CHOICES_ALIASES = {"list name": "list_name", "value": "name"}
SURVEY_COLUMNS = (
    "type",
    "name",
    *TRANSLATABLE,
    "required",
    "relevant",
    "constraint",
    "calculation",
    "default",
    "read_only",
    "appearance",
    "choice_filter",
    "identifying",
)
# The columns holding an expression (or, for required and read_only, yes/no or an expression).
EXPRESSION_COLUMNS = (
    "relevant",
    "constraint",
    "calculation",
    "default",
    "choice_filter",
    "required",
    "read_only",
)
QUESTION_COLUMNS = SURVEY_COLUMNS[2 + len(TRANSLATABLE) :]
"""The survey columns after type, name and the texts: a question's settings."""
QUESTION_STRINGS = ("list_name", *(name for name in QUESTION_COLUMNS if name != "identifying"))
"""A question's plain-text fields, as stored (see :mod:`duodesk.core.serialize`)."""
CHOICES_COLUMNS = ("list_name", "name", "label", "missing")
SETTINGS_COLUMNS = ("form_id", "form_title", "version", "default_language", "participant_code")

# The words ODK, KoboToolbox and pyxform accept for yes and no in required, read_only and
# DuoDesk's own yes/no columns (missing, identifying), compared without case.
YES = frozenset({"yes", "true", "true()", "1", "y"})
NO = frozenset({"", "no", "false", "false()", "0", "n"})


def parse_flag(text: str) -> bool | None:
    """True for a yes word, False for a no word or a blank, None for anything else (in
    ``required`` and ``read_only``: an expression)."""
    folded = text.strip().casefold()
    if folded in YES:
        return True
    if folded in NO:
        return False
    return None
