"""``duodesk``: with no command, open the window; with a command, do the work headless.

Exit status 0 means the command did what it says; 1 means it could not (the reason is printed on
standard error, in plain words, without a traceback); 2 means the command line itself was wrong.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """Something the person running the command can put right; printed without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duodesk",
        description="DuoDesk: surveys by peer researchers, offline. Without a command, "
        "the DuoDesk window opens.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=os.environ.get("DUODESK_DB"),
        help="the project: a .duodesk file or a postgresql:// URL "
        "(default: $DUODESK_DB, else your own local project)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="a file whose first line is the project's passphrase "
        "(or set DUODESK_PASSPHRASE; asked for when the project is locked and neither is given)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub = commands.add_parser(
        "import-form",
        help="add a questionnaire (XLSForm .xlsx) to the project and print its form id",
        description="Add a questionnaire from an XLSForm workbook (ODK, KoboToolbox or DuoDesk). "
        "Importing a changed form whose questionnaire already has interviews makes a new "
        "version; the interviews keep theirs.",
    )
    sub.add_argument("form", type=Path, metavar="FORM.xlsx", help="the XLSForm workbook")
    sub.set_defaults(run=_import_form)

    sub = commands.add_parser(
        "import-data",
        help="import interviews from a CSV or xlsx file exported by ODK, KoboToolbox or DuoDesk",
        description="Import interviews into the newest version of a questionnaire. By default "
        "nothing is imported if any row has a problem, and every problem is listed. Rows "
        "imported before are skipped.",
    )
    sub.add_argument("form_id", metavar="FORM_ID", help="the questionnaire's form id")
    sub.add_argument("data", type=Path, metavar="DATA", help="a .csv or .xlsx file")
    sub.add_argument(
        "--keep-valid",
        action="store_true",
        help="import the valid rows and write the others, with reasons, to "
        "DATA.rejected.csv beside the file",
    )
    sub.add_argument("--site", default="", help="site for rows whose file names none")
    sub.add_argument("--interviewer", default="", help="interviewer for rows that name none")
    sub.set_defaults(run=_import_data)

    sub = commands.add_parser(
        "list",
        help="list the questionnaires with their numbers of interviews",
        description="List the project's questionnaires: form id, versions, complete "
        "interviews, unfinished interviews, title.",
    )
    sub.set_defaults(run=_list)

    sub = commands.add_parser(
        "summary",
        help="print the summary tables of a questionnaire (--json for JSON)",
        description="Summarize the complete interviews of a questionnaire: a frequency table "
        "for every question with choices, multiple-response tables, and descriptives for "
        "numbers. Percentages are of all interviews unless they say otherwise.",
    )
    sub.add_argument("form_id", metavar="FORM_ID", help="the questionnaire's form id")
    sub.add_argument("--json", action="store_true", help="print JSON instead of tables")
    _add_language_option(sub)
    _add_subset_options(sub)
    sub.set_defaults(run=_summary)

    sub = commands.add_parser(
        "crosstab",
        help="print a crosstab of two questions with chi-square (--json for JSON)",
        description="Count the complete interviews by their answers to two questions: "
        "counts, row, column and total percents, Pearson's chi-square (statistic, degrees of "
        "freedom, p) and Fisher's exact test for 2x2 tables and for larger ones with an "
        "expected count under 5. Only interviews with a valid answer to both questions are "
        'counted: blanks and missing codes such as "Don\'t know" are left out, as in SPSS.',
    )
    sub.add_argument("form_id", metavar="FORM_ID", help="the questionnaire's form id")
    sub.add_argument("row", metavar="ROW", help="the question whose answers make the rows")
    sub.add_argument("column", metavar="COLUMN", help="the question whose answers make the columns")
    sub.add_argument("--json", action="store_true", help="print JSON instead of tables")
    _add_subset_options(sub)
    sub.set_defaults(run=_crosstab)

    sub = commands.add_parser(
        "export",
        help="export the interviews as a health-board workbook (.xlsx), CSV or SPSS file",
        description="Export the complete interviews of a questionnaire. The workbook has a "
        "cover, the summary tables, charts and a codebook, with small numbers hidden: it can "
        "be passed on. The CSV and SPSS files are interview-level files, one row per "
        "interview: in a small survey a row can identify a person, so keep them within the "
        "group. Data are de-identified unless told otherwise. Files are written only when "
        "complete, readable by their owner only.",
    )
    sub.add_argument("form_id", metavar="FORM_ID", help="the questionnaire's form id")
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--xlsx", type=Path, metavar="OUT.xlsx", help="write the health-board workbook"
    )
    target.add_argument(
        "--csv",
        type=Path,
        metavar="OUT.csv",
        help="write every interview, one row each, as CSV (an interview-level file)",
    )
    target.add_argument(
        "--sav",
        type=Path,
        metavar="OUT.sav",
        help="write every interview, one row each, for SPSS (an interview-level file)",
    )
    sub.add_argument(
        "--include-interview-data",
        action="store_true",
        help="with --xlsx, also write one row per interview to OUT-interviews.xlsx; in a "
        "small survey a row can identify the person interviewed, so keep that file within "
        "the group",
    )
    sub.add_argument(
        "--threshold",
        type=int,
        default=None,
        choices=range(1, 10),
        metavar="1-9",
        help="hide counts from 1 to this number (default 4, or what the project requires; "
        "a lower one than the project requires is refused)",
    )
    sub.add_argument(
        "--show-small-numbers",
        action="store_true",
        help="do not hide small numbers (the file must then stay within the group)",
    )
    sub.add_argument(
        "--identifying",
        action="store_true",
        help="keep written answers, locations, identifying questions and interviewer names",
    )
    sub.add_argument(
        "--codes", action="store_true", help="answers as choice codes instead of labels"
    )
    _add_language_option(sub)
    _add_subset_options(sub)
    sub.set_defaults(run=_export)

    sub = commands.add_parser(
        "require-threshold",
        help="make every workbook of the project hide counts from 1 to N at least",
        description="Store in the project the lowest threshold for small numbers: exports "
        "(the Export screen and the export command) then refuse to hide fewer, or to show "
        "small numbers. Without N, print the current requirement.",
    )
    sub.add_argument(
        "threshold",
        type=int,
        nargs="?",
        choices=range(1, 10),
        metavar="N",
        help="hide counts from 1 to N (1-9) in every export",
    )
    sub.add_argument("--none", action="store_true", help="remove the requirement")
    sub.set_defaults(run=_require_threshold)

    sub = commands.add_parser(
        "change-passphrase",
        help="lock the project with a new passphrase, or remove it",
        description="Re-encrypt the project file with a new passphrase (read from a file), "
        "or remove the encryption with --remove.",
    )
    group = sub.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="a file whose first line is the new passphrase",
    )
    group.add_argument("--remove", action="store_true", help="store the project unencrypted")
    sub.set_defaults(run=_change_passphrase)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run if args.command else _open_window
    try:
        return run(args)
    except UserError as error:
        print(f"duodesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # the reader stopped early (`duodesk summary ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("duodesk: stopped; nothing was changed by the unfinished command.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # a fault in DuoDesk itself: a sentence here, details in a file
        place = _write_fault_report()
        print(
            f"duodesk: the command stopped because of a fault in DuoDesk ({type(error).__name__})"
            f"; nothing was changed by the unfinished command. Details for a bug report: {place}",
            file=sys.stderr,
        )
        return EXIT_FAILED


def _write_fault_report() -> str:
    """Write where the current exception happened (its type and the lines of code, not its
    message, which may quote answers) to the user's log folder; return where."""
    import traceback

    from platformdirs import user_log_path

    try:
        folder = user_log_path("DuoDesk", appauthor=False, ensure_exists=True)
        target = folder / "duodesk-command-faults.log"
        with target.open("a", encoding="utf-8") as handle:
            error = sys.exc_info()[1]
            handle.write("".join(traceback.format_tb(error.__traceback__ if error else None)))
            handle.write(f"{type(error).__name__}\n\n")
        return str(target)
    except OSError:
        return "(the log folder could not be written)"


def _open_window(args: argparse.Namespace) -> int:
    from duodesk.gui.app import run_gui  # Qt is only loaded for the window

    return run_gui(db=args.db, passphrase=_passphrase(args))


def _passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_file is not None:
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"cannot read the passphrase file: {error}") from None
        return lines[0] if lines else ""
    return os.environ.get("DUODESK_PASSPHRASE")


def _open(args: argparse.Namespace, *, create: bool = True):
    from duodesk.storage.database import Database, ProjectError, WrongPassphraseError

    passphrase = _passphrase(args)
    try:
        return Database.open(args.db, passphrase=passphrase, create=create)
    except WrongPassphraseError as error:
        if passphrase is None and sys.stdin.isatty():
            typed = getpass.getpass("Project passphrase: ")
            try:
                return Database.open(args.db, passphrase=typed, create=create)
            except ProjectError as again:
                raise UserError(str(again)) from None
        raise UserError(str(error)) from None
    except ProjectError as error:
        raise UserError(str(error)) from None


def _import_form(args: argparse.Namespace) -> int:
    from duodesk.core.tabular import InputFileError
    from duodesk.core.xlsform import read_xlsform
    from duodesk.storage.questionnaires import save_questionnaire

    try:
        questionnaire = read_xlsform(args.form)
    except InputFileError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"cannot read {args.form}: {error.strerror}") from None
    database = _open(args)
    try:
        with database.session() as session:
            result = save_questionnaire(session, questionnaire)
    finally:
        database.close()
    if result.new_version:
        print(
            f"A new version ({result.version.number}) was made: interviews use the old one.",
            file=sys.stderr,
        )
    print(questionnaire.form_id)
    return EXIT_OK


def _import_data(args: argparse.Namespace) -> int:
    from duodesk.core.tabular import InputFileError
    from duodesk.storage.importer import import_responses

    database = _open(args, create=False)
    try:
        report = import_responses(
            database,
            args.form_id,
            args.data,
            keep_valid=args.keep_valid,
            site=args.site,
            interviewer=args.interviewer,
        )
    except InputFileError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"cannot read {args.data}: {error.strerror}") from None
    finally:
        database.close()
    print(report.describe())
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from duodesk.storage.questionnaires import list_questionnaires

    database = _open(args, create=False)
    try:
        with database.session() as session:
            rows = list_questionnaires(session)
    finally:
        database.close()
    if not rows:
        print("No questionnaires yet. Add one with: duodesk import-form FORM.xlsx")
        return EXIT_OK
    header = ("form id", "versions", "complete", "unfinished", "title")
    table = [header, *((r.form_id, r.versions, r.complete, r.drafts, r.title) for r in rows)]
    widths = [max(len(str(row[i])) for row in table) for i in range(4)]
    for row in table:
        cells = [
            str(row[i]).ljust(widths[i]) if i == 0 else str(row[i]).rjust(widths[i])
            for i in range(4)
        ]
        print("  ".join([*cells, str(row[4])]))
    return EXIT_OK


def _add_language_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--language",
        metavar="LANGUAGE",
        help='the language of questions and answers, e.g. "English" or "ar" '
        "(default: the questionnaire's own)",
    )


def _language(database, form_id: str, wanted: str | None) -> str | None:
    """The questionnaire's language that --language names; UserError listing them if none."""
    from duodesk.core.questionnaire import find_language
    from duodesk.storage.questionnaires import latest_version

    if wanted is None:
        return None
    with database.session() as session:
        version = latest_version(session, form_id)
    if version is None:
        return None  # the command itself says there is no such questionnaire
    found = find_language(version.questionnaire, wanted)
    if found is None:
        known = [language for language in version.questionnaire.languages() if language]
        listed = ", ".join(f'"{language}"' for language in known) or "none (one language only)"
        raise UserError(f'--language "{wanted}": the questionnaire\'s languages are {listed}')
    return found


def _add_subset_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--site", action="append", default=[], help="only this site (repeat for several)"
    )
    sub.add_argument(
        "--interviewer", action="append", default=[], help="only this interviewer (repeatable)"
    )
    sub.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day")
    sub.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day")
    sub.add_argument(
        "--version", action="append", type=int, default=[], help="only this version number"
    )
    sub.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="CONDITION",
        help='only interviews meeting a condition such as "sex=female", "age>30" or '
        '"drugs includes heroin" (repeat: all must hold). As in SPSS, an answer that is a '
        'missing code ("Don\'t know", "Refused") or blank never meets a condition: '
        '"used!=yes" leaves them out; ask for one by name: "used=dont_know"',
    )


def _subset(args: argparse.Namespace):
    """The Subset the --site, --interviewer, --from, --to, --version, --where options ask for."""
    from datetime import date

    from duodesk.analysis import Condition, ConditionError, Subset

    def day(text: str | None, option: str) -> date | None:
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise UserError(
                f'{option} "{text}" is not a date: write it as YEAR-MONTH-DAY, e.g. 2026-03-31'
            ) from None

    try:
        conditions = tuple(Condition.parse(text) for text in args.where)
    except ConditionError as error:
        raise UserError(str(error)) from None
    return Subset(
        sites=tuple(args.site),
        interviewers=tuple(args.interviewer),
        date_from=day(args.date_from, "--from"),
        date_to=day(args.date_to, "--to"),
        versions=tuple(args.version),
        conditions=conditions,
    )


def _warn_undated(database, form_id: str, subset) -> None:
    """Say on stderr how many interviews --from/--to leave out only because they have no date."""
    from duodesk.analysis.subset import undated_interviews

    with database.session() as session:
        undated = undated_interviews(session, form_id, subset)
    if undated:
        print(
            f"duodesk: warning: {undated} interview(s) have no date, so --from/--to leave them "
            "out; they are not counted below.",
            file=sys.stderr,
        )


def _export(args: argparse.Namespace) -> int:
    from duodesk.analysis import AnalysisError
    from duodesk.exports.disclosure import DEFAULT_THRESHOLD, DisclosureRule
    from duodesk.exports.export import export
    from duodesk.exports.layout import ExportOptions
    from duodesk.storage.disclosure_policy import required_threshold

    target = args.xlsx or args.csv or args.sav
    if args.include_interview_data and args.xlsx is None:
        raise UserError(
            "--include-interview-data goes with --xlsx: CSV and SPSS files are already one "
            "row per interview."
        )
    subset = _subset(args)
    database = _open(args, create=False)
    try:
        _warn_undated(database, args.form_id, subset)
        with database.session() as session:
            required = required_threshold(session)
        threshold = args.threshold
        if threshold is None:  # the default, raised to what the project requires
            threshold = max(DEFAULT_THRESHOLD, required or 0)
        options = ExportOptions(
            subset=subset,
            disclosure=DisclosureRule(enabled=not args.show_small_numbers, threshold=threshold),
            deidentified=not args.identifying,
            labels=not args.codes,
            include_interview_data=args.include_interview_data,
            language=_language(database, args.form_id, args.language),
        )
        report = export(database, args.form_id, target, options)
    except (AnalysisError, ValueError) as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror}") from None
    finally:
        database.close()
    print(report.describe())
    return EXIT_OK


def _require_threshold(args: argparse.Namespace) -> int:
    from duodesk.storage.disclosure_policy import require_threshold, required_threshold

    database = _open(args, create=False)
    try:
        with database.session() as session:
            if args.none:
                require_threshold(session, None)
            elif args.threshold is not None:
                require_threshold(session, args.threshold)
            required = required_threshold(session)
    finally:
        database.close()
    if required is None:
        print("This project requires no threshold: each export chooses (default 1 to 4).")
    else:
        print(f"Every export of this project hides numbers from 1 to {required} at least.")
    return EXIT_OK


def _summary(args: argparse.Namespace) -> int:
    import json

    from duodesk.analysis import (
        AnalysisError,
        summarize,
        summary_to_json,
        summary_to_text,
    )

    subset = _subset(args)
    database = _open(args, create=False)
    try:
        _warn_undated(database, args.form_id, subset)
        language = _language(database, args.form_id, args.language)
        summary = summarize(database, args.form_id, subset, language=language)
    except AnalysisError as error:
        raise UserError(str(error)) from None
    finally:
        database.close()
    if args.json:
        print(json.dumps(summary_to_json(summary), indent=2, ensure_ascii=False))
    else:
        print(summary_to_text(summary))
    return EXIT_OK


def _crosstab(args: argparse.Namespace) -> int:
    import json

    from duodesk.analysis import AnalysisError, crosstab, crosstab_to_json, crosstab_to_text

    subset = _subset(args)
    database = _open(args, create=False)
    try:
        table = crosstab(database, args.form_id, args.row, args.column, subset)
    except AnalysisError as error:
        raise UserError(str(error)) from None
    finally:
        database.close()
    if args.json:
        print(json.dumps(crosstab_to_json(table), indent=2, ensure_ascii=False))
    else:
        print(crosstab_to_text(table))
    return EXIT_OK


def _change_passphrase(args: argparse.Namespace) -> int:
    from duodesk.storage.database import ProjectError

    new = None
    if not args.remove:
        try:
            lines = args.new_passphrase_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"cannot read the new passphrase file: {error}") from None
        if not lines or not lines[0]:
            raise UserError("the new passphrase file is empty")
        new = lines[0]
    database = _open(args, create=False)
    try:
        database.change_passphrase(new)
    except ProjectError as error:
        raise UserError(str(error)) from None
    finally:
        database.close()
    print(
        "The project is now locked with the new passphrase."
        if new
        else "The project is no longer encrypted."
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
