"""Build DuoDesk as a program that needs no Python: one folder made by PyInstaller.

Run from the repository root, after installing the build extra::

    .venv/bin/pip install -e ".[build]" && .venv/bin/python packaging/build.py

What it makes, in ``dist/`` (or ``--distpath``):

- every system: the folder ``DuoDesk/`` (``DuoDesk.app`` on macOS) from ``packaging/duodesk.spec``;
- Linux: ``DuoDesk-VERSION-linux-MACHINE.tar.gz``, that folder with a desktop entry, the icon and
  ``add-to-menu.sh``, which puts DuoDesk in the applications menu of whoever runs it.

The Windows installer (``packaging/windows/duodesk.iss``, Inno Setup) and the macOS disk image
(``hdiutil``) are made from the folder by ``.github/workflows/build.yml``.

The icons for the executable (``.ico``, ``.icns``, ``.png``) are drawn from
``resources/icons/duodesk.svg`` with Qt, so only the SVG is kept in the repository.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICON_SVG = ROOT / "resources" / "icons" / "duodesk.svg"


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]["version"]


def render_icons(target: Path) -> Path:
    """Draw the SVG icon as ``duodesk.png`` (256 px), ``duodesk.ico`` and ``duodesk.icns``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    _app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(ICON_SVG))
    image = icon.pixmap(QSize(256, 256)).toImage()
    if image.isNull():
        sys.exit(f"Qt could not draw {ICON_SVG} (is the Qt SVG module installed?)")
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("png", "ico", "icns"):
        path = target / f"duodesk.{suffix}"
        if not image.save(str(path), suffix.upper()):
            sys.exit(f"Qt could not write {path}")
    return target


def build_translations(target: Path) -> Path:
    """The interface's translations for the bundle: each ``.ts`` file (the command line and
    the exports read them) and its ``.qm`` compiled by ``pyside6-lrelease`` (the screens)."""
    sys.path.insert(0, str(PACKAGING))
    import translations

    shutil.rmtree(target, ignore_errors=True)
    translations.build(target)
    for ts in translations.TRANSLATIONS.glob("*.ts"):
        shutil.copy2(ts, target / ts.name)
    return target


def run_pyinstaller(distpath: Path, workpath: Path, icons: Path, words: Path) -> None:
    environment = {
        **os.environ,
        "DUODESK_ICON_DIR": str(icons),
        "DUODESK_TRANSLATIONS_DIR": str(words),
    }
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(PACKAGING / "duodesk.spec"),
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={distpath}",
        f"--workpath={workpath}",
    ]
    subprocess.run(command, check=True, env=environment, cwd=ROOT)


def strip_symbols(bundle: Path) -> None:
    """Linux: drop the symbols no program needs to run (sqlcipher3 alone ships 12 MB of them).

    Libraries in ``*.libs`` folders were rewritten by auditwheel (patchelf), and ``strip``
    damages such files (numpy's OpenBLAS then fails to load), so they are left alone; they
    carry no debugging symbols anyway. The executable itself is never stripped: PyInstaller
    appends the program's archive to it.
    """
    strip = shutil.which("strip")
    if strip is None:
        print("strip (binutils) is not installed: the bundle keeps its debugging symbols")
        return
    for path in sorted((bundle / "_internal").rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(bundle).parts):
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        subprocess.run([strip, "--strip-unneeded", str(path)], check=True)


def folder_size(folder: Path) -> int:
    """Bytes taken by the files under ``folder`` (symbolic links not followed)."""
    return sum(
        path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink()
    )


def add_linux_desktop_files(bundle: Path, icons: Path) -> None:
    shutil.copy2(icons / "duodesk.png", bundle / "duodesk.png")
    shutil.copy2(PACKAGING / "linux" / "duodesk.desktop", bundle / "duodesk.desktop")
    shutil.copy2(PACKAGING / "linux" / "add-to-menu.sh", bundle / "add-to-menu.sh")
    (bundle / "add-to-menu.sh").chmod(0o755)


def linux_archive(bundle: Path, version: str) -> Path:
    """``DuoDesk-VERSION-linux-MACHINE.tar.gz`` beside the folder, holding it as ``DuoDesk/``."""
    archive = bundle.parent / f"DuoDesk-{version}-linux-{platform.machine()}.tar.gz"
    partial = archive.with_name(archive.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="DuoDesk")
    partial.replace(archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the DuoDesk program folder.")
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument("--no-archive", action="store_true", help="Linux: leave out the .tar.gz")
    args = parser.parse_args(argv)
    distpath, workpath = args.distpath.resolve(), args.workpath.resolve()
    version = project_version()

    icons = render_icons(workpath / "icons")
    words = build_translations(workpath / "translations")
    run_pyinstaller(distpath, workpath, icons, words)

    if sys.platform == "darwin":
        bundle = distpath / "DuoDesk.app"
    else:
        bundle = distpath / "DuoDesk"
    if sys.platform.startswith("linux"):
        strip_symbols(bundle)
        add_linux_desktop_files(bundle, icons)
    print(f"Built {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    if sys.platform.startswith("linux"):
        if not args.no_archive:
            archive = linux_archive(bundle, version)
            print(f"Packed {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
