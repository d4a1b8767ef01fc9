"""``python -m duodesk``: the same as the ``duodesk`` command."""

import sys

from duodesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
