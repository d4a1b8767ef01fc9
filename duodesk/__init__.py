"""DuoDesk: offline survey program for peer researchers."""

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    """The version in ``pyproject.toml``, as installed (the bundled program carries the
    installed metadata too, see ``packaging/duodesk.spec``)."""
    try:
        return version("duodesk")
    except PackageNotFoundError:  # a source tree that was never installed: read it there
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0.0.0"


__version__ = _version()
