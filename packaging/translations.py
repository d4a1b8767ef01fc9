"""Refresh and build DuoDesk's translation files.

    python packaging/translations.py refresh        # find new words in the code (pyside6-lupdate)
    python packaging/translations.py build [DIR]    # compile .ts into .qm (pyside6-lrelease)

The words are kept per area of the program, ``resources/translations/<area>_<language>.ts``, so
that a translator can finish one area at a time; each file opens in Qt Linguist
(``pyside6-linguist``). ``refresh`` keeps every translation already made and marks messages
whose source counts something (``%n``) as plural, because the Python reader of ``lupdate`` does
so only for ``self.tr``. ``build`` writes the ``.qm`` files the screens load next to the
``.ts`` files unless another folder is given (the installers build into their own folder).
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT))

from duodesk.i18n import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

#: Which files' words go into which area's files (folders are read whole).
AREAS: dict[str, list[str]] = {
    "core": [
        "duodesk/i18n.py",
        "duodesk/desktop_check.py",
        "duodesk/cli.py",
        "duodesk/logs.py",
        "duodesk/core",
        "duodesk/analysis",
        "duodesk/exports",
        "duodesk/storage",
    ],
    "entry": [
        "duodesk/gui/app.py",
        "duodesk/gui/away_mode.py",
        "duodesk/gui/language.py",
        "duodesk/gui/main_window.py",
        "duodesk/gui/actions.py",
        "duodesk/gui/questionnaire_table.py",
        "duodesk/gui/date_box.py",
        "duodesk/gui/failures.py",
        "duodesk/gui/missing_files.py",
        "duodesk/gui/entry",
        "duodesk/gui/interviews",
    ],
    "screens": [
        "duodesk/gui/about.py",
        "duodesk/gui/help_guide.py",
        "duodesk/gui/team_transfer.py",
        "duodesk/gui/import_dialog.py",
        "duodesk/gui/duplicates_dialog.py",
        "duodesk/gui/paper_sheets_dialog.py",
        "duodesk/gui/paper_operations.py",
        "duodesk/gui/results",
        "duodesk/gui/themes",
        "duodesk/gui/security",
        "duodesk/gui/people",
        "duodesk/gui/export",
        "duodesk/gui/designer",
        "duodesk/gui/operations.py",
        "duodesk/gui/report_render.py",
    ],
}


#: The areas whose screens count through Qt: their English file gives "%n answers" its
#: singular, "1 answer" (Qt's own way of writing English plurals).
PLURAL_ENGLISH = {"entry", "screens"}


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6 in this Python first.")
    return found


def _python_files(paths: list[str]) -> list[str]:
    files: list[str] = []
    for relative in paths:
        path = ROOT / relative
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files += [str(file) for file in found if "__pycache__" not in file.parts]
    return files


def refresh() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for area, paths in AREAS.items():
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE and area not in PLURAL_ENGLISH:
                continue
            ts = TRANSLATIONS / f"{area}_{code}.ts"
            kept = _plural_translations(ts)
            command = [_tool("pyside6-lupdate"), *_python_files(paths), "-locations", "none"]
            command += ["-no-obsolete", "-target-language", code, "-ts", str(ts)]
            subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
            _mark_plurals(ts, code, kept)
            if code == SOURCE_LANGUAGE:  # English needs only its "1 answer" / "2 answers"
                _keep_plurals_only(ts)


def _plural_translations(ts: Path) -> dict[tuple[str, str], etree._Element]:
    """The plural messages' translations already made, by (context, source): ``lupdate`` does
    not know that ``translate(..., n)`` counts, so it would fold them back into one form."""
    if not ts.is_file():
        return {}
    kept = {}
    for context in etree.parse(str(ts)).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                key = (context.findtext("name") or "", message.findtext("source") or "")
                kept[key] = copy.deepcopy(message.find("translation"))
    return kept


def _mark_plurals(ts: Path, code: str, kept: dict | None = None) -> None:
    """Give every message whose source says ``%n`` (or ``%Ln``) its plural forms (empty until
    translated), and back the ones already translated (``kept``)."""
    tree = etree.parse(str(ts))
    forms = _plural_form_count(code)
    changed = False
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source and "%Ln" not in source:  # %Ln: with thousands separated
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "")
            translation = message.find("translation")
            if kept and key in kept:
                message.replace(translation, copy.deepcopy(kept[key]))
            elif message.get("numerus") != "yes":
                single = translation.text or ""
                translation.text = None
                for _ in range(forms):
                    etree.SubElement(translation, "numerusform").text = single
            message.set("numerus", "yes")
            changed = True
    if changed:
        tree.write(str(ts), encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")


def _keep_plurals_only(ts: Path) -> None:
    tree = etree.parse(str(ts))
    for message in list(tree.iter("message")):
        if message.get("numerus") != "yes":
            message.getparent().remove(message)
    for context in list(tree.iter("context")):
        if context.find("message") is None:
            context.getparent().remove(context)
    tree.write(str(ts), encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")


def _plural_form_count(code: str) -> int:
    return {"ru": 3, "ar": 6}.get(code, 2)


def build(destination: Path) -> list[Path]:
    destination.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = destination / ts.with_suffix(".qm").name
        command = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
        subprocess.run(command, check=True, capture_output=True)
        built.append(qm)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("refresh", help="find new words in the code")
    build_parser = sub.add_parser("build", help="compile the .qm files")
    build_parser.add_argument("folder", nargs="?", type=Path, default=TRANSLATIONS)
    args = parser.parse_args()
    if args.command == "refresh":
        refresh()
    else:
        for qm in build(args.folder):
            print(qm)


if __name__ == "__main__":
    main()
