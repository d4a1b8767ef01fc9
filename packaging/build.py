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
import hashlib
import os
import platform
import re
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


#: The data trees of Qt's ICU library (``libicudata``, 32 MB in PySide6 6.11) that Qt never
#: reads. Qt calls ICU for only four things (``nm -D --undefined-only libQt6Core.so.6``):
#: collation (``ucol_*``: the ``coll`` tree), time-zone names (``ucal_*``: ``zone``, the
#: locales' calendars and ``supplementalData``), text codecs (``ucnv_*``: the ``.cnv`` tables)
#: and upper/lower case (``u_strTo*``, whose data is compiled into ``libicuuc``). The trees
#: below serve only ICU's other services: number and unit formatting (``unit``, ``curr``,
#: ``rbnf``), transliteration (``translit``), word and line breaking (``brkitr``: only title
#: case, which Qt does not call, reaches it from case mapping) and the names of languages and
#: countries (``lang``, ``region``: ``uloc_getDisplay*`` and generic time-zone names, while
#: ``ucal_getTimeZoneDisplayName`` has only the specific standard and daylight names).
#: Collation in twelve languages, every time-zone name and codec and case mapping give the
#: same results with and without them.
ICU_UNUSED_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit")


def trim_icu_data(bundle: Path, work: Path) -> None:
    """Linux: rebuild Qt's ICU data library without :data:`ICU_UNUSED_TREES` (15 MB less).

    ``libicudata.so.N`` holds one symbol, ``icudtN_dat``: an ICU data package. ICU's own
    ``icupkg`` (Debian's ``icu-devtools``) removes the trees from a copy of it, and binutils
    (``as``, ``ld``, already needed by :func:`strip_symbols`) make it a library with the same
    name and symbol again.
    """
    tools = {name: shutil.which(name) for name in ("icupkg", "as", "ld", "nm")}
    if None in tools.values():
        missing = ", ".join(name for name, path in tools.items() if path is None)
        print(f"{missing} not installed (icu-devtools, binutils): the bundle keeps all ICU data")
        return
    # PyInstaller links it from _internal/ too: the file is the one that is not a link.
    libraries = [
        path for path in (bundle / "_internal").rglob("libicudata.so.*") if not path.is_symlink()
    ]
    if len(libraries) != 1:
        print(f"ICU data library not found as one file ({libraries}): left as it is")
        return
    library = libraries[0]
    symbols = subprocess.run(
        [tools["nm"], "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    # Lines of address, size, type and name; the data are icudtNN_dat. They sit in the
    # library's first, read-only segment, loaded at address 0: the address is the file offset.
    found = [line.split() for line in symbols if re.fullmatch(r"icudt\d+_dat", line.split()[-1])]
    data = b""
    if len(found) == 1:
        address, size, _kind, symbol = found[0]
        data = library.read_bytes()[int(address, 16) : int(address, 16) + int(size, 16)]
    if data[2:4] != b"\xda\x27":  # the magic number of every ICU data file
        print(f"{library.name}: no ICU data package found in it; left as it is")
        return
    folder = work / "icu"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "trimmed").mkdir(parents=True)
    # icupkg checks that the items' prefix (icudt73l/) is the package's file name.
    package = folder / (symbol.removesuffix("_dat") + "l.dat")
    package.write_bytes(data)
    items = subprocess.run(
        [tools["icupkg"], "-l", str(package)], capture_output=True, text=True, check=True
    ).stdout.split()
    unused = [item for item in items if item.split("/")[0] in ICU_UNUSED_TREES]
    (folder / "unused.txt").write_text("\n".join(unused) + "\n", encoding="utf-8")
    trimmed = folder / "trimmed" / package.name
    subprocess.run(
        [tools["icupkg"], "-r", str(folder / "unused.txt"), str(package), str(trimmed)],
        check=True,
    )
    source = folder / "icudata.s"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{trimmed}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8",
    )
    subprocess.run([tools["as"], "-o", str(folder / "icudata.o"), str(source)], check=True)
    rebuilt = folder / library.name
    subprocess.run(
        [
            tools["ld"],
            "-shared",
            "--strip-all",  # the symbol stays in the dynamic table, where ICU looks it up
            f"-soname={library.name}",
            "-o",
            str(rebuilt),
            str(folder / "icudata.o"),
        ],
        check=True,
    )
    shutil.copy2(rebuilt, library)


def link_duplicate_libraries(bundle: Path) -> None:
    """Linux: keep one copy of a library two wheels both carry, the other becomes a link to it.

    scipy's wheel carries numpy's ``libgfortran`` and ``libquadmath`` (3 MB, for its
    OpenBLAS) beside its own, byte for byte the files in ``numpy.libs``. The loader finds
    them by name in the library's own folder (``$ORIGIN``), and a relative link there leads to
    the same file, so the copies in ``*.libs`` folders that are identical, name and content, to
    one already seen become links; the ``.tar.gz`` keeps links as links.
    """
    seen: dict[tuple[str, bytes], Path] = {}
    for path in sorted((bundle / "_internal").glob("*.libs/*")):
        if path.is_symlink() or not path.is_file():
            continue
        key = (path.name, hashlib.sha256(path.read_bytes()).digest())
        first = seen.setdefault(key, path)
        if first != path:
            path.unlink()
            path.symlink_to(os.path.relpath(first, path.parent))


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
        trim_icu_data(bundle, workpath)
        link_duplicate_libraries(bundle)
        add_linux_desktop_files(bundle, icons)
    print(f"Built {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    if sys.platform.startswith("linux"):
        if not args.no_archive:
            archive = linux_archive(bundle, version)
            print(f"Packed {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
