"""How many real XLSForms DuoDesk opens, compared with pyxform, and why it refuses the others.

Given a folder of ``.xlsx`` / ``.xls`` forms (searched recursively), converts each with pyxform's
``xls2xform`` and reads it with DuoDesk's :func:`~duodesk.core.xlsform.read_xlsform`, then prints:

* how many forms pyxform accepts and how many of those DuoDesk opens, overall and among the
  forms that use neither repeats nor external choices, and among those that use either;
* how many of the forms opened lack a choices or data file they read (``villages.csv``): they
  open with the file marked missing, and DuoDesk asks for it before the questions that need it;
* a histogram of DuoDesk's refusal reasons (each problem reduced to its wording, without the
  sheet, row and names), so the most common ones can be fixed first.

It exits with status 1 if DuoDesk raised anything but its own clear refusal (a traceback), which
must never happen. Run it by hand, never as a test::

    python benchmarks/real_forms.py FOLDER [--list]

``--list`` also prints each form pyxform accepts but DuoDesk refuses, with its first problem.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import re
import sys
import traceback
import warnings
from pathlib import Path

from duodesk.core.tabular import InputFileError
from duodesk.core.xlsform import FormFileError, read_xlsform

SUFFIXES = {".xlsx", ".xls"}
_REPEAT_OR_EXTERNAL = re.compile(
    r"^\s*(begin[ _]repeat|select[ _](one|multiple)[ _](from[ _]file|external)\b)", re.I
)


def pyxform_accepts(path: Path) -> tuple[bool, str]:
    """True when pyxform converts the form (without ODK Validate), and its error otherwise."""
    from pyxform.xls2xform import convert

    try:
        with (
            warnings.catch_warnings(),
            contextlib.redirect_stdout(io.StringIO()),
            contextlib.redirect_stderr(io.StringIO()),
        ):
            warnings.simplefilter("ignore")
            convert(xlsform=str(path), validate=False)
    except Exception as error:  # pyxform raises many kinds; any of them means "refused"
        return False, f"{type(error).__name__}: {error}"[:200]
    return True, ""


def uses_repeats_or_external_choices(path: Path) -> bool:
    """Whether the survey sheet has a repeat or a choice list read from another file."""
    from pyxform.xls2json_backends import xls_to_dict, xlsx_to_dict

    reader = xls_to_dict if path.suffix.lower() == ".xls" else xlsx_to_dict
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sheets = reader(str(path))
    except Exception:
        return False
    survey = next((rows for name, rows in sheets.items() if name.lower() == "survey"), [])
    has_external = any(name.lower() == "external_choices" for name in sheets)
    return has_external or any(
        _REPEAT_OR_EXTERNAL.match(str(row.get("type", ""))) for row in survey if hasattr(row, "get")
    )


def reason(problem: str) -> str:
    """A problem without its place and the form's own names, so that equal reasons count once."""
    text = re.sub(r'^sheet "[^"]*"(, row \d+)?(, column "[^"]*")?: ', "", problem.strip())
    text = re.sub(r'"[^"]*"', '"…"', text)
    text = re.sub(r"\brow \d+\b", "row N", text)
    return text[:110]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--list", action="store_true", help="list each refused form")
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in SUFFIXES)
    if not paths:
        print(f"No .xlsx or .xls files under {args.folder}", file=sys.stderr)
        return 2

    accepted = opened = plain_accepted = plain_opened = missing_files = 0
    reasons: collections.Counter[str] = collections.Counter()
    plain_reasons: collections.Counter[str] = collections.Counter()
    crashes: list[tuple[Path, str]] = []
    warned: list[tuple[Path, str]] = []
    refused: list[tuple[Path, str]] = []
    for path in paths:
        ok, _ = pyxform_accepts(path)
        if not ok:
            continue
        plain = not uses_repeats_or_external_choices(path)
        accepted += 1
        plain_accepted += plain
        try:
            stderr = io.StringIO()
            with contextlib.redirect_stderr(stderr):
                questionnaire = read_xlsform(path)
            missing_files += bool(questionnaire.missing_files)
            if stderr.getvalue():  # a library's warning reaching the person is a bug too
                warned.append((path, stderr.getvalue()))
        except FormFileError as error:
            found = {reason(p) for p in error.problems}
            reasons.update(found)
            if plain:
                plain_reasons.update(found)
            refused.append((path, error.problems[0]))
            continue
        except InputFileError as error:
            found = {reason(str(error).split(": ", 1)[-1])}
            reasons.update(found)
            if plain:
                plain_reasons.update(found)
            refused.append((path, str(error)))
            continue
        except Exception:
            crashes.append((path, traceback.format_exc()))
            continue
        opened += 1
        plain_opened += plain

    def share(part: int, whole: int) -> str:
        return f"{part} of {whole} ({100 * part / whole:.0f}%)" if whole else "0 of 0"

    print(f"{len(paths)} files; pyxform accepts {accepted}")
    print(f"DuoDesk opens {share(opened, accepted)} of the forms pyxform accepts")
    print(f"  without repeats or external choices: {share(plain_opened, plain_accepted)}")
    print(
        f"  with repeats or external choices: "
        f"{share(opened - plain_opened, accepted - plain_accepted)}"
    )
    print(f"  opened with a choices or data file missing (asked for at entry): {missing_files}")
    for title, counter in (
        ("Refusal reasons (forms with each reason)", reasons),
        ("... among forms without repeats or external choices", plain_reasons),
    ):
        print(f"\n{title}:")
        for text, count in counter.most_common(25):
            print(f"  {count:4d}  {text}")
    if args.list:
        print("\nRefused:")
        for path, first in refused:
            print(f"  {path.name}: {first.splitlines()[0][:160]}")
    for path, text in warned:
        print(f"\nWARNING shown on {path.name}:\n{text}")
    for path, trace in crashes:
        print(f"\nTRACEBACK on {path}:\n{trace}", file=sys.stderr)
    assert not crashes, f"{len(crashes)} forms made DuoDesk fail with a traceback"
    return 0


if __name__ == "__main__":
    sys.exit(main())
