"""The bundled program's entry point: exactly the ``duodesk`` command.

Without arguments it opens the window; with arguments it runs that command of the command line.
"""

import sys

# The migrations are read from files inside the bundle, which may sit in a folder the user
# cannot write to: never try to leave compiled copies beside them.
sys.dont_write_bytecode = True

from duodesk.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
