"""DuoDesk: offline survey program for peer researchers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("duodesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
