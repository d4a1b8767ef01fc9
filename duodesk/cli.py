"""``duodesk``: with no command, open the window; with a command, do the work headless.

Exit status 0 means the command did what it says; 1 means it could not (the reason is printed on
standard error, in plain words, without a traceback); 2 means the command line itself was wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from duodesk import __version__, i18n
from duodesk.i18n import QT_TRANSLATE_NOOP, translate

T = TypeVar("T")
IMPORT_WAIT_S = 600.0  # how long import-data waits for another import before giving up
PROGRESS_ROWS = 10_000  # import-data writes a line to stderr each time this many more are read
EXIT_OK, EXIT_FAILED = 0, 1  # 2 (the command line was wrong) comes from argparse
STOPPED = QT_TRANSLATE_NOOP(
    "Command line", "duodesk: stopped; nothing was changed by the unfinished command."
)


class UserError(Exception):
    """Something the person running the command can put right; printed without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="duodesk",
        description=translate(
            "Command line",
            "DuoDesk: surveys by peer researchers, offline. Without a command, "
            "the DuoDesk window opens.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"DuoDesk {__version__}",
        help=translate("Command line", "print the version"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=os.environ.get("DUODESK_DB"),
        help=translate(
            "Command line",
            "the project: a .duodesk file or a postgresql:// URL "
            "(default: $DUODESK_DB, else your own local project)",
        ),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help=translate(
            "Command line",
            "a file whose first line is the project's passphrase "
            "(or set DUODESK_PASSPHRASE, which other programs run by the same account can read; "
            "asked for when the project is locked and neither is given)",
        ),
    )
    parser.add_argument(
        "--person",
        metavar="NAME",
        default=os.environ.get("DUODESK_PERSON"),
        help=translate(
            "Command line",
            "who is using DuoDesk, when the project lists people (or set DUODESK_PERSON); "
            "commands other than list need a coordinator",
        ),
    )
    parser.add_argument(
        "--pin-file",
        metavar="FILE",
        type=Path,
        help=translate(
            "Command line",
            "a file whose first line is that person's PIN or password (or set DUODESK_PIN, "
            "which other programs run by the same account can read; asked for when neither is "
            "given)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub = commands.add_parser(
        "import-form",
        help=translate(
            "Command line",
            "add a questionnaire (XLSForm .xlsx) to the project and print its form id",
        ),
        description=translate(
            "Command line",
            "Add a questionnaire from an XLSForm workbook (ODK, KoboToolbox or DuoDesk). "
            "Importing a changed form whose questionnaire already has interviews makes a new "
            "version; the interviews keep theirs.",
        ),
    )
    sub.add_argument(
        "form",
        type=Path,
        metavar="FORM.xlsx",
        help=translate("Command line", "the XLSForm workbook"),
    )
    sub.add_argument(
        "--file",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help=translate(
            "Command line",
            "a file the form reads choices or data from (villages.csv), when it is not in the "
            "form's folder; may be given more than once",
        ),
    )
    sub.set_defaults(run=_import_form)

    sub = commands.add_parser(
        "add-form-file",
        help=translate(
            "Command line", "add the choices or data files a questionnaire was added without"
        ),
        description=translate(
            "Command line",
            "Add files a questionnaire reads its answer options or data from "
            "(select_one_from_file, select_one_external, pulldata), which were not next to the "
            "form when it was added. Each file must have the name the form gives it. The "
            "questions that need a file can be answered once it is added; no new version is "
            "made.",
        ),
    )
    sub.add_argument(
        "form_id", metavar="FORM_ID", help=translate("Command line", "the questionnaire's form id")
    )
    sub.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help=translate("Command line", "the files to add"),
    )
    sub.set_defaults(run=_add_form_file)

    sub = commands.add_parser(
        "import-data",
        help=translate(
            "Command line",
            "import interviews from a CSV or xlsx file exported by ODK, KoboToolbox or "
            "DuoDesk, or an ODK Central zip",
        ),
        description=translate(
            "Command line",
            "Import interviews into the newest version of a questionnaire. By default "
            "nothing is imported if any row has a problem, and every problem is listed. Rows "
            "imported before are skipped.",
        ),
    )
    sub.add_argument(
        "form_id", metavar="FORM_ID", help=translate("Command line", "the questionnaire's form id")
    )
    sub.add_argument(
        "data",
        type=Path,
        metavar="DATA",
        help=translate(
            "Command line", "a .csv or .xlsx file, or ODK Central's .zip (a CSV file per repeat)"
        ),
    )
    sub.add_argument(
        "--keep-valid",
        action="store_true",
        help=translate(
            "Command line",
            "import the valid rows and write the others, with reasons, to "
            "DATA.rejected.csv beside the file",
        ),
    )
    sub.add_argument(
        "--site", default="", help=translate("Command line", "site for rows whose file names none")
    )
    sub.add_argument(
        "--interviewer",
        default="",
        help=translate("Command line", "interviewer for rows that name none"),
    )
    sub.set_defaults(run=_import_data)

    sub = commands.add_parser(
        "list",
        help=translate("Command line", "list the questionnaires with their numbers of interviews"),
        description=translate(
            "Command line",
            "List the project's questionnaires: form id, versions, complete "
            "interviews, unfinished interviews, title.",
        ),
    )
    sub.set_defaults(run=_list)

    sub = commands.add_parser(
        "summary",
        help=translate(
            "Command line", "print the summary tables of a questionnaire (--json for JSON)"
        ),
        description=translate(
            "Command line",
            "Summarize the complete interviews of a questionnaire: a frequency table "
            "for every question with choices, multiple-response tables, and descriptives for "
            "numbers. Percentages are of all interviews unless they say otherwise.",
        ),
    )
    sub.add_argument(
        "form_id", metavar="FORM_ID", help=translate("Command line", "the questionnaire's form id")
    )
    sub.add_argument(
        "--json",
        action="store_true",
        help=translate("Command line", "print JSON instead of tables"),
    )
    _add_language_option(sub)
    _add_subset_options(sub)
    sub.set_defaults(run=_summary)

    sub = commands.add_parser(
        "crosstab",
        help=translate(
            "Command line", "print a crosstab of two questions with chi-square (--json for JSON)"
        ),
        description=translate(
            "Command line",
            "Count the complete interviews by their answers to two questions: "
            "counts, row, column and total percents, Pearson's chi-square (statistic, degrees of "
            "freedom, p) and Fisher's exact test for 2x2 tables and for larger ones with an "
            "expected count under 5. Only interviews with a valid answer to both questions are "
            'counted: blanks and missing codes such as "Don\'t know" are left out, as in SPSS.',
        ),
    )
    sub.add_argument(
        "form_id", metavar="FORM_ID", help=translate("Command line", "the questionnaire's form id")
    )
    sub.add_argument(
        "row",
        metavar="ROW",
        help=translate("Command line", "the question whose answers make the rows"),
    )
    sub.add_argument(
        "column",
        metavar="COLUMN",
        help=translate("Command line", "the question whose answers make the columns"),
    )
    sub.add_argument(
        "--json",
        action="store_true",
        help=translate("Command line", "print JSON instead of tables"),
    )
    _add_subset_options(sub)
    sub.set_defaults(run=_crosstab)

    sub = commands.add_parser(
        "export",
        help=translate(
            "Command line",
            "export the interviews as a health-board workbook (.xlsx), CSV or SPSS file",
        ),
        description=translate(
            "Command line",
            "Export the complete interviews of a questionnaire. The workbook has a "
            "cover, the summary tables, charts and a codebook, with small numbers hidden: it can "
            "be passed on. The CSV and SPSS files are interview-level files, one row per "
            "interview: in a small survey a row can identify a person, so keep them within the "
            "group. Data are de-identified unless told otherwise. Files are written only when "
            "complete, readable by their owner only.",
        ),
    )
    sub.add_argument(
        "form_id", metavar="FORM_ID", help=translate("Command line", "the questionnaire's form id")
    )
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--xlsx",
        type=Path,
        metavar="OUT.xlsx",
        help=translate("Command line", "write the health-board workbook"),
    )
    target.add_argument(
        "--csv",
        type=Path,
        metavar="OUT.csv",
        help=translate(
            "Command line", "write every interview, one row each, as CSV (an interview-level file)"
        ),
    )
    target.add_argument(
        "--sav",
        type=Path,
        metavar="OUT.sav",
        help=translate(
            "Command line",
            "write every interview, one row each, for SPSS (an interview-level file)",
        ),
    )
    sub.add_argument(
        "--include-interview-data",
        action="store_true",
        help=translate(
            "Command line",
            "with --xlsx, also write one row per interview to OUT-interviews.xlsx; in a "
            "small survey a row can identify the person interviewed, so keep that file within "
            "the group",
        ),
    )
    sub.add_argument(
        "--threshold",
        type=int,
        default=None,
        choices=range(1, 10),
        metavar="1-9",
        help=translate(
            "Command line",
            "hide counts from 1 to this number (default 4, or what the project requires; "
            "a lower one than the project requires is refused)",
        ),
    )
    sub.add_argument(
        "--show-small-numbers",
        action="store_true",
        help=translate(
            "Command line", "do not hide small numbers (the file must then stay within the group)"
        ),
    )
    sub.add_argument(
        "--identifying",
        action="store_true",
        help=translate(
            "Command line",
            "keep written answers, locations, identifying questions and interviewer names",
        ),
    )
    sub.add_argument(
        "--codes",
        action="store_true",
        help=translate("Command line", "answers as choice codes instead of labels"),
    )
    _add_language_option(sub)
    _add_subset_options(sub)
    sub.set_defaults(run=_export)

    sub = commands.add_parser(
        "themes",
        help=translate(
            "Command line", "write or read the coding sheet of a written-answer question"
        ),
        description=translate(
            "Command line",
            "Coding written answers into themes from a spreadsheet. --export writes "
            "one row per written answer (interview id, answer, themes separated by ';', "
            "not_codable); --import applies such a sheet (CSV or .xlsx) after checking every "
            "row: themes the project does not have yet are made, and a bad row changes nothing.",
        ),
    )
    sub.add_argument(
        "form_id", metavar="FORM_ID", help=translate("Command line", "the questionnaire's form id")
    )
    sub.add_argument(
        "question",
        metavar="QUESTION",
        help=translate("Command line", "the written-answer question's name"),
    )
    group = sub.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--export",
        type=Path,
        metavar="CODING.csv",
        help=translate("Command line", "write the sheet"),
    )
    group.add_argument(
        "--import",
        dest="import_",
        type=Path,
        metavar="CODING.csv",
        help=translate("Command line", "read it"),
    )
    sub.add_argument(
        "--coder",
        default=None,
        metavar="NAME",
        help=translate(
            "Command line",
            "a second coder's own coding, kept apart to measure agreement "
            "(default: the main coding, the one counted in results)",
        ),
    )
    sub.set_defaults(run=_themes)

    sub = commands.add_parser(
        "report",
        help=translate("Command line", "draft the findings report as a Word document (and a PDF)"),
        description=translate(
            "Command line",
            "Draft the findings report of a questionnaire: a title page, how the "
            "survey was done, one key-finding sentence per question with answers to choose from, "
            "a table and a chart per question by section, and an annex of every result. The "
            "numbers are the workbook's, with small numbers hidden the same way; nothing in it "
            "is about one interview. It is a draft for the group to edit.",
        ),
    )
    sub.add_argument(
        "form_id", metavar="FORM_ID", help=translate("Command line", "the questionnaire's form id")
    )
    sub.add_argument(
        "--docx",
        type=Path,
        metavar="OUT.docx",
        help=translate("Command line", "write the Word document"),
    )
    sub.add_argument(
        "--pdf",
        type=Path,
        metavar="OUT.pdf",
        help=translate("Command line", "write the same report as a PDF"),
    )
    sub.add_argument(
        "--group-name",
        default="",
        metavar="NAME",
        help=translate("Command line", "the group's name, for the title page"),
    )
    sub.add_argument(
        "--threshold",
        type=int,
        default=None,
        choices=range(1, 10),
        metavar="1-9",
        help=translate(
            "Command line",
            "hide counts from 1 to this number (default 4, or what the project requires)",
        ),
    )
    _add_language_option(sub)
    _add_subset_options(sub)
    sub.set_defaults(run=_report)

    sub = commands.add_parser(
        "require-threshold",
        help=translate(
            "Command line", "make every workbook of the project hide counts from 1 to N at least"
        ),
        description=translate(
            "Command line",
            "Store in the project the lowest threshold for small numbers: exports "
            "(the Export screen and the export command) then refuse to hide fewer, or to show "
            "small numbers. Without N, print the current requirement.",
        ),
    )
    sub.add_argument(
        "threshold",
        type=int,
        nargs="?",
        choices=range(1, 10),
        metavar="N",
        help=translate("Command line", "hide counts from 1 to N (1-9) in every export"),
    )
    sub.add_argument(
        "--none", action="store_true", help=translate("Command line", "remove the requirement")
    )
    sub.set_defaults(run=_require_threshold)

    sub = commands.add_parser(
        "change-passphrase",
        help=translate("Command line", "lock the project with a new passphrase, or remove it"),
        description=translate(
            "Command line",
            "Re-encrypt the project file with a new passphrase (read from a file), "
            "or remove the encryption with --remove.",
        ),
    )
    group = sub.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate("Command line", "a file whose first line is the new passphrase"),
    )
    group.add_argument(
        "--remove",
        action="store_true",
        help=translate("Command line", "store the project unencrypted"),
    )
    sub.set_defaults(run=_change_passphrase)
    _add_team_commands(commands)

    sub = commands.add_parser(
        "restore",
        help=translate("Command line", "replace the project with one of its backups"),
        description=translate(
            "Command line",
            "Replace the project with a backup (the files PROJECT.*.backup beside it). "
            "What it replaces is kept as a new backup first. The backup is opened with the "
            "project's passphrase unless --backup-passphrase-file names another; the restored "
            "project keeps the project's passphrase. Close every DuoDesk window first.",
        ),
    )
    sub.add_argument(
        "backup", type=Path, metavar="BACKUP", help=translate("Command line", "the backup file")
    )
    sub.add_argument(
        "--backup-passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "Command line", "a file whose first line is the backup's passphrase, if it differs"
        ),
    )
    sub.set_defaults(run=_restore)

    sub = commands.add_parser(
        "backups",
        help=translate("Command line", "list the project's backups"),
        description=translate(
            "Command line", "List the backups kept beside the project, newest last."
        ),
    )
    sub.set_defaults(run=_list_backups)

    sub = commands.add_parser(
        "audit",
        help=translate(
            "Command line", "show the audit trail, or check that nobody has rewritten it"
        ),
        description=translate(
            "Command line",
            "The audit trail records every interview finished, corrected, deleted, "
            "restored or purged, every import, export, questionnaire change, passphrase change "
            "and restored backup: who, when and what (never an answer). Each record carries the "
            "fingerprint of the one before, so a record changed or removed later is found by "
            "--verify.",
        ),
    )
    sub.add_argument(
        "--verify", action="store_true", help=translate("Command line", "check the whole trail")
    )
    sub.add_argument(
        "--noted",
        metavar="FINGERPRINT",
        help=translate(
            "Command line",
            "with --verify: also check that the record whose fingerprint was noted down "
            "earlier is still in the trail (records cut off the end are found this way)",
        ),
    )
    sub.add_argument(
        "--last",
        type=int,
        default=50,
        metavar="N",
        help=translate("Command line", "show the newest N records (50)"),
    )
    sub.set_defaults(run=_audit)
    return parser


def _add_team_commands(commands) -> None:
    team_file = {
        "type": Path,
        "metavar": "F",
        "required": True,
        "help": translate(
            "Command line",
            "a file holding the team passphrase (the whole file, without the line break at "
            "its end); every laptop of the team uses the same one",
        ),
    }
    sub = commands.add_parser(
        "export-transfer",
        help=translate(
            "Command line",
            "write a transfer file for the team: questionnaires, interviews, corrections",
        ),
        description=translate(
            "Command line",
            "Write the project's questionnaires (every version), complete interviews "
            "with their corrections and deletions, and the team's participant-code key to a file "
            "encrypted with the team passphrase, to carry to another laptop. A coordinator sends "
            "the questionnaire out this way before any interview is entered.",
        ),
    )
    sub.add_argument(
        "out",
        type=Path,
        metavar="OUT",
        help=translate("Command line", "the transfer file to write"),
    )
    sub.add_argument("--team-passphrase-file", **team_file)
    sub.add_argument(
        "--form", metavar="FORM_ID", help=translate("Command line", "only this questionnaire")
    )
    sub.add_argument(
        "--questionnaire-only",
        action="store_true",
        help=translate("Command line", "send the questionnaire, no interviews"),
    )
    sub.set_defaults(run=_export_transfer)

    sub = commands.add_parser(
        "import-transfer",
        help=translate("Command line", "read a team member's transfer file into the project"),
        description=translate(
            "Command line",
            "Merge a transfer file into the project: new interviews are added, "
            "corrections and deletions made elsewhere applied (the later one wins), new "
            "questionnaire versions joined. Reading a file twice adds nothing. A file that was "
            "changed, cut short or made with another passphrase is refused and nothing changes.",
        ),
    )
    sub.add_argument(
        "transfer",
        type=Path,
        metavar="IN",
        help=translate("Command line", "the transfer file to read"),
    )
    sub.add_argument("--team-passphrase-file", **team_file)
    sub.set_defaults(run=_import_transfer)

    sub = commands.add_parser(
        "duplicates",
        help=translate(
            "Command line", "list possible duplicates across sites (participant codes that match)"
        ),
        description=translate(
            "Command line",
            "List pairs of interviews from different laptops whose participant codes "
            "match or differ in one element, with the decision taken on each. --decide records a "
            "decision; it travels to the other laptops in transfer files.",
        ),
    )
    sub.add_argument(
        "form_id", metavar="FORM_ID", help=translate("Command line", "the questionnaire's form id")
    )
    sub.add_argument(
        "--decide",
        nargs=3,
        metavar=("FIRST", "SECOND", "DECISION"),
        help=translate(
            "Command line",
            "record a decision on the pair of interview ids FIRST and SECOND: keep_both, "
            "same_person or not_same",
        ),
    )
    sub.add_argument(
        "--by", default="", help=translate("Command line", "who decided (with --decide)")
    )
    sub.set_defaults(run=_duplicates)

    sub = commands.add_parser(
        "sync",
        help=translate(
            "Command line",
            "send this laptop's interviews to the team's server and fetch questionnaires",
        ),
        description=translate(
            "Command line",
            "Merge this laptop's questionnaires and interviews into the team's "
            "PostgreSQL project, then bring its questionnaire versions back and count the "
            "interviews there. The same rules as transfer files.",
        ),
    )
    sub.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help=translate("Command line", "a postgresql:// URL"),
    )
    sub.add_argument("--team-passphrase-file", **team_file)
    sub.set_defaults(run=_sync)


def _team_passphrase(args: argparse.Namespace) -> str:
    from duodesk.core.transfer_file import TransferFileError, read_passphrase_file

    try:
        return read_passphrase_file(args.team_passphrase_file)
    except TransferFileError as error:
        raise UserError(str(error)) from None


def _export_transfer(args: argparse.Namespace) -> int:
    from duodesk.storage.transfer import export_transfer

    passphrase = _team_passphrase(args)
    database = _open(args, create=False)
    try:
        report = export_transfer(
            database,
            args.out,
            passphrase,
            form_id=args.form,
            interviews=not args.questionnaire_only,
        )
    except ValueError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(
            translate("Command line", "cannot write {path}: {reason}").format(
                path=args.out, reason=error.strerror
            )
        ) from None
    finally:
        database.close()
    logging.getLogger("duodesk.transfers").info(
        "Wrote transfer file %s: %d interviews, %d questionnaire versions",
        args.out,
        report.interviews,
        report.versions,
    )
    print(report.describe())
    return EXIT_OK


def _import_transfer(args: argparse.Namespace) -> int:
    from duodesk.core.transfer_file import TransferFileError
    from duodesk.storage.database import default_project_path
    from duodesk.storage.team import TeamKeyConflict
    from duodesk.storage.transfer import import_transfer

    passphrase = _team_passphrase(args)
    # A laptop joining a team reads the coordinator's file into a new project; if the file is
    # refused, the new project must not be left behind either.
    local = None if args.db and "://" in args.db else Path(args.db or default_project_path())
    new_project = local is not None and not local.expanduser().exists()
    database = _open(args)  # whoever may not add transfer files is told so first
    failed = True
    try:
        if not args.transfer.is_file():
            raise UserError(
                translate("Command line", "there is no file {path}").format(path=args.transfer)
            )
        report = import_transfer(database, args.transfer, passphrase)
        failed = False
    except (TransferFileError, TeamKeyConflict) as error:
        raise UserError(str(error)) from None
    finally:
        database.close()
        if failed and new_project and local is not None:
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(f"{local.expanduser()}{suffix}").unlink(missing_ok=True)
    logging.getLogger("duodesk.transfers").info("Read transfer file %s: %s", args.transfer, report)
    print(report.describe())
    return EXIT_OK


def _duplicates(args: argparse.Namespace) -> int:
    from duodesk.storage.cross_site import list_cross_site_duplicates, review_duplicate

    database = _open(args, create=False)
    try:
        with database.session() as session:
            if args.decide:
                first, second, decision = args.decide
                review_duplicate(session, first, second, decision, args.by)
            pairs = list_cross_site_duplicates(session, args.form_id)
    except ValueError as error:
        raise UserError(str(error)) from None
    finally:
        database.close()
    if not pairs:
        print(translate("Command line", "No possible duplicates across sites."))
        return EXIT_OK
    for pair in pairs:
        match = (
            translate("Command line", "same code")
            if pair.exact
            else translate("Command line", "code differs in one element")
        )
        no_date, no_site = (
            translate("Command line", "no date"),
            translate("Command line", "no site"),
        )
        print(
            f"{pair.first.uuid} ({pair.first.interview_date or no_date}, "
            f"{pair.first.site or no_site})  {pair.second.uuid} "
            f"({pair.second.interview_date or no_date}, {pair.second.site or no_site})  "
            f"{match}  {pair.decision_words}"
        )
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    from duodesk.core.transfer_file import TransferFileError, require_strong_team_passphrase
    from duodesk.storage.database import Database, ProjectError
    from duodesk.storage.sync import sync_with_server
    from duodesk.storage.team import TeamKeyConflict

    if not args.server.startswith("postgresql"):
        raise UserError(
            translate(
                "Command line", "--server takes a postgresql:// URL of the team's shared project"
            )
        )
    passphrase = _team_passphrase(args)
    try:
        require_strong_team_passphrase(passphrase)  # before the server is even reached
    except TransferFileError as error:
        raise UserError(str(error)) from None
    database = _open(args)
    try:
        from sqlalchemy.exc import OperationalError

        try:
            server = Database.open(args.server)
        except ProjectError as error:
            raise UserError(str(error)) from None
        except OperationalError:
            raise UserError(
                translate(
                    "Command line",
                    "the team's server cannot be reached (no network, or the address or password "
                    "is wrong); nothing was sent. Use a transfer file instead.",
                )
            ) from None
        _say_when_the_server_is_silent(server)
        try:
            report = sync_with_server(database, server, passphrase)
        except (TransferFileError, TeamKeyConflict) as error:
            raise UserError(str(error)) from None
        finally:
            server.engine.dispose()
    finally:
        database.close()
    print(report.describe())
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    i18n.set_language(i18n.chosen_language())
    _speak_argparse_in_the_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run if args.command else _open_window
    if args.command:
        from duodesk.logs import start_logging

        start_logging()
    try:
        with _ctrl_c_ends_server_waits():
            return run(args)
    except UserError as error:
        print(f"duodesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # the reader stopped early (`duodesk summary ... | head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(
            translate(
                "Command line", "duodesk: stopped; nothing was changed by the unfinished command."
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    except Exception as error:
        from duodesk.storage.access import NotAllowed
        from duodesk.storage.code_keys import CodeKeyMissing

        watch = sys.modules.get("duodesk.storage.server_watch")
        if watch is not None and watch.interrupted(error):  # Ctrl+C, then a failed rollback
            print(translate("Command line", STOPPED), file=sys.stderr)
            return EXIT_FAILED

        if isinstance(error, NotAllowed | CodeKeyMissing):  # a refusal, said in a sentence
            print(f"duodesk: {error}", file=sys.stderr)
            return EXIT_FAILED
        # Never a traceback on the command line: a sentence here, the details in the log.
        print(f"duodesk: {_explain_failure(args, error)}", file=sys.stderr)
        return EXIT_FAILED


@contextlib.contextmanager
def _ctrl_c_ends_server_waits() -> Iterator[None]:
    """Ctrl+C stops a command at once, also while it waits for a server that does not answer
    (whose waits would otherwise end only when they are given up)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum, frame) -> None:
        watch = sys.modules.get("duodesk.storage.server_watch")
        if watch is not None:
            watch.give_up_every_wait()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _speak_argparse_in_the_language() -> None:
    """Let argparse's own words (``usage:``, ``options``, its error sentences) follow the
    language too. argparse looks them up through a module-level ``_`` (gettext) each time it
    speaks; DuoDesk's words live in Qt Linguist files, so that lookup is pointed at them."""
    words = {
        "usage: ": translate("Command line", "usage: "),
        "positional arguments": translate("Command line", "positional arguments"),
        "options": translate("Command line", "options"),
        "show this help message and exit": translate(
            "Command line", "show this help message and exit"
        ),
        "argument %(argument_name)s: %(message)s": translate(
            "Command line", "argument %(argument_name)s: %(message)s"
        ),
        "unrecognized arguments: %s": translate("Command line", "unrecognized arguments: %s"),
        "not allowed with argument %s": translate("Command line", "not allowed with argument %s"),
        "the following arguments are required: %s": translate(
            "Command line", "the following arguments are required: %s"
        ),
        "one of the arguments %s is required": translate(
            "Command line", "one of the arguments %s is required"
        ),
        "expected one argument": translate("Command line", "expected one argument"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Command line", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "Command line", "invalid %(type)s value: %(value)r"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Command line", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "%(prog)s: error: %(message)s\n": translate("Command line", "%(prog)s: error: %(message)s")
        + "\n",
    }
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]


def _explain_failure(args: argparse.Namespace, error: Exception) -> str:
    """One sentence for an unexpected failure; its traceback goes to the log."""
    import json

    from sqlalchemy.exc import IntegrityError, OperationalError

    from duodesk.core.serialize import UnreadableQuestionnaireError
    from duodesk.logs import traceback_without_messages, where_details_are
    from duodesk.storage.database import is_busy

    logging.getLogger("duodesk.cli").error(
        "%s failed:\n%s", args.command, traceback_without_messages(error)
    )
    try:  # the server's driver, which may not be installed
        from duodesk.storage.server_watch import stopped_answering
    except ImportError:
        stopped = None
    else:
        stopped = stopped_answering(error)
    waited = round(stopped.seconds) if stopped is not None else 0
    if stopped is not None and stopped.during_commit:
        return translate(
            "Command line",
            "the server stopped answering while it was storing this command's changes, and "
            "DuoDesk stopped waiting after %n seconds. They are stored either whole or not at "
            "all, as the server will show once it answers again (an import run again then "
            "skips the interviews already stored).",
            None,
            waited,
        )
    if stopped is not None:
        return translate(
            "Command line",
            "the server has not answered for %n seconds (it may be stopped or overloaded), so "
            "DuoDesk stopped waiting; nothing was changed by this command. Run it again once "
            "the server answers (DUODESK_SERVER_WAIT_S sets how long to wait).",
            None,
            waited,
        )
    if is_busy(error):
        return translate(
            "Command line",
            "the project is busy: another program (perhaps the DuoDesk window, or another "
            "import) kept saving to it for too long. Nothing was changed by this command; "
            "run it again when the other program has finished.",
        )
    if isinstance(
        error, json.JSONDecodeError | UnicodeDecodeError | UnreadableQuestionnaireError
    ) or _damaged_file_error(error):
        # Bytes changed inside a stored questionnaire (or other stored text) of a plain file.
        where = getattr(args, "db", None) or translate("Command line", "the project file")
        return translate(
            "Command line",
            "the project file {where} is damaged (something stored in it, such as a "
            "questionnaire, can no longer be read); nothing was changed. Restore a backup: "
            "`duodesk backups` lists them and `duodesk restore BACKUP` puts one back.",
        ).format(where=where)
    if isinstance(error, IntegrityError):
        return translate(
            "Command line",
            "the project refused this change because it conflicts with what is already "
            "stored; nothing was changed by this command. {details}",
        ).format(details=where_details_are())
    if isinstance(error, OperationalError):
        location = str(getattr(args, "db", None) or "")
        if "://" in location:  # a shared server, not a file
            return translate(
                "Command line",
                "the server stopped answering or refused the command (is it running, and is "
                "the network up?); nothing was changed by this command. {details}",
            ).format(details=where_details_are())
        return translate(
            "Command line",
            "the project could not be read or written (is the disk full, or the file moved?); "
            "nothing was changed by this command. {details}",
        ).format(details=where_details_are())
    return translate(
        "Command line",
        "the command stopped because of a fault in DuoDesk ({fault}); nothing "
        "was changed by the unfinished command. {details}",
    ).format(fault=type(error).__name__, details=where_details_are())


def _damaged_file_error(error: BaseException) -> bool:
    """True for SQLite's own words for a file whose contents no longer fit together."""
    from sqlalchemy.exc import DatabaseError

    orig = getattr(error, "orig", None) if isinstance(error, DatabaseError) else None
    message = str(orig or "").lower()
    return any(
        words in message
        for words in ("malformed", "not a database", "could not decode", "file is not a database")
    )


def _open_window(args: argparse.Namespace) -> int:
    from duodesk.desktop_check import window_problem

    problem = window_problem()  # Qt would stop the program with a confusing message
    if problem is not None:
        print(f"duodesk: {problem}", file=sys.stderr)
        return EXIT_FAILED
    from duodesk.gui.app import run_gui  # Qt is only loaded for the window

    return run_gui(db=args.db, passphrase=_passphrase(args))


def _passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_file is not None:
        return _read_passphrase(args.passphrase_file)
    return os.environ.get("DUODESK_PASSPHRASE")


def _read_passphrase(path: Path) -> str:
    from duodesk.core.passphrase import PassphraseError, read_passphrase_file

    try:
        return read_passphrase_file(path)
    except PassphraseError as error:
        raise UserError(str(error)) from None


def _open(args: argparse.Namespace, *, create: bool = True):
    """The project, once whoever runs the command may run it (see :func:`_check_person`)."""
    database = _open_project(args, create=create)
    _say_when_the_server_is_silent(database)
    try:
        _check_person(args, database)
    except BaseException:
        database.close()
        raise
    return database


# What each command needs of the person running it, when the project lists people. A command
# not named here needs a coordinator.
COMMAND_PERMISSIONS = {
    "list": "enter interviews",
    "import-form": "change the questionnaires",
    "add-form-file": "change the questionnaires",
    "import-data": "import interviews from a data file",
    "summary": "see the results",
    "crosstab": "see the results",
    "export": "export",
    "export-transfer": "send or add team transfer files",
    "import-transfer": "send or add team transfer files",
    "sync": "send or add team transfer files",
    "duplicates": "see every interviewer's interviews",
}


def _check_person(args: argparse.Namespace, database) -> bool:
    """With people listed in the project, sign in as ``--person`` and check the role may run
    this command; a wrong PIN counts towards the lock-out, as in the window. True when the
    project is too damaged to read its list (a restore then checks the backup's list)."""
    from duodesk.core.roles import Permission, Role, refusal
    from duodesk.storage.audit import set_signed_in
    from duodesk.storage.people import has_people, sign_in

    try:
        with database.read_session() as session:
            listed = has_people(session)
    except Exception:  # a project too damaged to read its list: restore is its way back
        if args.command == "restore":
            return True  # checked against the backup's list (Database.restore)
        raise
    if not listed:
        # A list emptied by hand (a project that listed people here): the backup's list too
        return args.command == "restore" and database.people_gone_by_hand()
    if not args.person:
        raise UserError(
            translate(
                "Command line",
                "this project lists people: say who you are with --person NAME (and your PIN "
                "with --pin-file FILE or DUODESK_PIN).",
            )
        )
    secret = _secret_of(args)
    with database.session() as session:
        result = sign_in(session, args.person, secret)
    if result.person is None:
        raise UserError(result.message)
    needed = COMMAND_PERMISSIONS.get(args.command or "")
    if needed is None:
        if result.person.role is not Role.COORDINATOR:
            raise UserError(
                translate(
                    "Command line", "only a coordinator can run “{command}”. Ask your coordinator."
                ).format(command=args.command)
            )
    elif not result.person.may(Permission(needed)):
        raise UserError(refusal(Permission(needed)))
    set_signed_in(result.person)  # the audit trail names them; every change checks the role
    return False


def _secret_of(args: argparse.Namespace) -> str:
    """The PIN or password of ``--person``: from --pin-file, DUODESK_PIN, or typed."""
    if args.pin_file is not None:
        return _read_passphrase(args.pin_file)
    if os.environ.get("DUODESK_PIN"):
        return os.environ["DUODESK_PIN"]
    if sys.stdin.isatty():
        return _ask_secret(
            translate("Command line", "PIN or password for {name}: ").format(name=args.person)
        )
    raise UserError(
        translate(
            "Command line", "give {name}'s PIN or password with --pin-file FILE or DUODESK_PIN."
        ).format(name=args.person)
    )


def _ask_secret(prompt: str) -> str:
    """A password typed at the terminal; Ctrl+D or Ctrl+C there stops the command with a
    sentence, not a fault."""
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        raise UserError(
            translate("Command line", "nothing was typed, so nothing was done.")
        ) from None


def _open_project(args: argparse.Namespace, *, create: bool = True):
    from duodesk.storage.database import (
        Database,
        PasswordNeededError,
        ProjectError,
        WrongPassphraseError,
    )

    passphrase = _passphrase(args)
    _warn_about_a_password_in(args.db)
    try:
        with _saying_while_connecting(args.db):
            return Database.open(args.db, passphrase=passphrase, create=create, daily_backup=True)
    except PasswordNeededError as error:
        if not sys.stdin.isatty():
            raise UserError(str(error)) from None
        typed = _ask_secret(translate("Command line", "Password for the server: "))
        try:
            return Database.open(args.db, create=create, password=typed)
        except ProjectError as again:
            raise UserError(str(again)) from None
    except WrongPassphraseError as error:
        if passphrase is None and sys.stdin.isatty():
            typed = _ask_secret(translate("Command line", "Project passphrase: "))
            try:
                return Database.open(args.db, passphrase=typed, create=create, daily_backup=True)
            except ProjectError as again:
                raise UserError(str(again)) from None
        raise UserError(str(error)) from None
    except ProjectError as error:
        raise UserError(str(error)) from None


def _say_when_the_server_is_silent(database) -> None:
    """Once per command, a line on standard error when the server stops answering (a frozen
    server, which no timeout of its own stops); the command then gives up by itself after
    DUODESK_SERVER_WAIT_S seconds of silence (see duodesk.storage.server_watch)."""
    watch = database.server_watch
    if watch is None:
        return
    watch.listen(_still_waiting)


_SAID_STILL_WAITING = threading.Event()  # once per command


def _still_waiting(seconds: float) -> None:
    if not _SAID_STILL_WAITING.is_set():
        _SAID_STILL_WAITING.set()
        waited = round(seconds)
        words = translate(
            "Command line",
            "the server has not answered for %n seconds; DuoDesk is still waiting for it "
            "(Ctrl+C stops the command, and nothing is stored half way).",
            None,
            waited,
        )
        print(
            f"duodesk: {words}",
            file=sys.stderr,
            flush=True,
        )


@contextlib.contextmanager
def _saying_while_connecting(location: str | None):
    """While the first connection to a server waits (a frozen server lets it wait until the
    connect timeout, which follows DUODESK_SERVER_WAIT_S), say so as a statement's wait does."""
    if not location or not location.startswith("postgres"):
        yield
        return
    from duodesk.storage.server_watch import notice_after_s

    seconds = notice_after_s()
    timer = threading.Timer(seconds, _still_waiting, (seconds,))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _warn_about_a_password_in(location: str | None) -> None:
    """A password written in --db can be read by every account on the computer (the process
    list shows command lines); say so, once, without repeating it."""
    if not location or "://" not in location:
        return
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        has_password = make_url(location).password is not None
    except ArgumentError:
        return
    if has_password and location != os.environ.get("DUODESK_DB"):
        print(
            translate(
                "Command line",
                "duodesk: note: a password in --db can be seen by other accounts on this "
                "computer; keep it in PGPASSWORD or ~/.pgpass, or let DuoDesk ask for it.",
            ),
            file=sys.stderr,
        )


def _import_form(args: argparse.Namespace) -> int:
    from duodesk.core.tabular import InputFileError
    from duodesk.core.xlsform import read_xlsform
    from duodesk.storage.questionnaires import save_questionnaire

    try:
        files = {path.name: path for path in args.file}
        for path in files.values():
            if not path.is_file():
                raise UserError(
                    translate("Command line", "there is no file {path}.").format(path=path)
                )
        questionnaire = read_xlsform(args.form, files)
    except InputFileError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(
            translate("Command line", "cannot read {path}: {reason}").format(
                path=args.form, reason=error.strerror
            )
        ) from None
    database = _open(args)
    try:
        with database.session() as session:
            result = save_questionnaire(session, questionnaire)
    finally:
        database.close()
    logging.getLogger("duodesk.imports").info(
        "Questionnaire %s from %s: %s",
        questionnaire.form_id,
        args.form,
        "new version" if result.new_version else "added" if result.created else "unchanged",
    )
    if result.new_version:
        print(
            translate(
                "Command line", "A new version ({number}) was made: interviews use the old one."
            ).format(number=result.version.number),
            file=sys.stderr,
        )
    _say_missing_files(questionnaire, args.form)
    _say_missing_columns(questionnaire, args.form)
    print(questionnaire.form_id)
    return EXIT_OK


def _say_missing_columns(questionnaire, form: Path | None) -> None:
    """A pulldata() or choice_filter column the form's file lacks: the form is taken, as
    pyxform takes it, but its calculation or choices would be empty in every interview.
    ``form``: the XLSForm, whose external_choices sheet may hold the lists (None: a file
    added later, when a select_one_external list can only come from itemsets.csv)."""
    from duodesk.core.external_choices import ITEMSETS, missing_column_notes
    from duodesk.core.xlsform import external_choices_place

    def place() -> str:
        return ITEMSETS if form is None else external_choices_place(form)

    for note in missing_column_notes(questionnaire, place):
        print(
            "duodesk: " + translate("Command line", "note: {note}").format(note=note),
            file=sys.stderr,
        )


def _say_missing_files(questionnaire, form: Path) -> None:
    missing = questionnaire.missing_files
    if not missing:
        return
    questions = [q.name for q in questionnaire.questions() if questionnaire.files_needed_by(q)]
    names = " ".join(missing)
    empty = [name for name in missing if (form.parent / name).is_file()]
    if empty:  # there, but with no choices or rows: taken as missing, and said so
        print(
            "duodesk: "
            + translate(
                "Command line",
                "note: {files} beside {form} holds nothing to choose from (it is empty, or has "
                "only its header row), so it was left out.",
            ).format(files=", ".join(empty), form=form.name),
            file=sys.stderr,
        )
    if len(empty) == len(missing):
        print(
            "duodesk: "
            + translate(
                "Command line",
                "note: these questions cannot be answered until the right file is added: "
                "{questions}. Add with: duodesk add-form-file {form_id} {names}",
            ).format(questions=", ".join(questions), form_id=questionnaire.form_id, names=names),
            file=sys.stderr,
        )
        return
    absent = [name for name in missing if name not in empty]
    if len(absent) == 1:
        words = translate(
            "Command line",
            "{form} reads {files}, which is not in {folder}; these questions cannot be answered "
            "until you add it: {questions}. Add with: {command}",
        )
    else:
        words = translate(
            "Command line",
            "{form} reads {files}, which are not in {folder}; these questions cannot be "
            "answered until you add them: {questions}. Add with: {command}",
        )
    words = words.format(
        form=form.name,
        files=", ".join(absent),
        folder=form.absolute().parent,
        questions=", ".join(questions),
        command=f"duodesk add-form-file {questionnaire.form_id} {names}",
    )
    note = translate("Command line", "note:")
    print(f"duodesk: {note} {words}", file=sys.stderr)


def _add_form_file(args: argparse.Namespace) -> int:
    from duodesk.core.input_files import InputFileError
    from duodesk.storage.questionnaires import add_questionnaire_files

    files = {path.name: path for path in args.files}
    for path in files.values():
        if not path.is_file():
            raise UserError(translate("Command line", "there is no file {path}.").format(path=path))
    database = _open(args, create=False)
    try:
        with database.session() as session:
            stored = add_questionnaire_files(session, args.form_id, files)
    except (LookupError, ValueError, InputFileError) as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(
            translate("Command line", "cannot read a file: {reason}").format(reason=error.strerror)
        ) from None
    finally:
        database.close()
    still = stored.questionnaire.missing_files
    print(
        translate("Command line", "Added {files} to {form_id}.").format(
            files=", ".join(files), form_id=args.form_id
        )
    )
    if still:
        print(translate("Command line", "It still needs {files}.").format(files=", ".join(still)))
    _say_missing_columns(stored.questionnaire, None)
    return EXIT_OK


def _import_data(args: argparse.Namespace) -> int:
    from duodesk.core.tabular import InputFileError
    from duodesk.storage.importer import import_responses

    database = _open(args, create=False)
    try:
        report = _waiting_while_busy(
            lambda: import_responses(
                database,
                args.form_id,
                args.data,
                keep_valid=args.keep_valid,
                site=args.site,
                interviewer=args.interviewer,
                progress=_import_progress(args.data),
            )
        )
    except InputFileError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(
            translate("Command line", "cannot read {path}: {reason}").format(
                path=args.data, reason=error.strerror
            )
        ) from None
    finally:
        database.close()
    print(report.describe())
    return EXIT_OK


def _import_progress(path: Path) -> Callable[[int], None]:
    """A ``progress(rows_read)`` for :func:`~duodesk.storage.importer.import_responses` that
    writes a line to stderr each time ``DUODESK_PROGRESS_ROWS`` more rows (10,000 unless set)
    have been read, so that a long import is seen to be working; stdout keeps only the report.
    An import of fewer rows prints no such line."""
    try:
        step = max(1, int(os.environ.get("DUODESK_PROGRESS_ROWS", PROGRESS_ROWS)))
    except ValueError:
        step = PROGRESS_ROWS
    next_line = step

    def progress(rows: int) -> None:
        nonlocal next_line
        if rows < next_line:
            return
        next_line = (rows // step + 1) * step
        print(
            translate("Command line", "{rows} rows of {file} read so far…").format(
                rows=f"{rows:,}", file=path.name
            ),
            file=sys.stderr,
            flush=True,
        )

    return progress


def _import_wait_s() -> float:
    """How long an import waits for another one (``DUODESK_IMPORT_WAIT_S``, else 10 minutes)."""
    try:
        return max(0.0, float(os.environ.get("DUODESK_IMPORT_WAIT_S", IMPORT_WAIT_S)))
    except ValueError:
        return IMPORT_WAIT_S


def _waiting_while_busy(work: Callable[[], T]) -> T:
    """``work()``, done again while another program (another import, a DuoDesk window) keeps
    the project busy, for up to :func:`_import_wait_s` seconds; each try is one transaction,
    so a try that fails has stored nothing. Says once that it waits."""
    from duodesk.storage.database import is_busy

    give_up_at = time.monotonic() + _import_wait_s()
    said = False
    while True:
        try:
            return work()
        except Exception as error:
            if not is_busy(error):
                raise
            if time.monotonic() >= give_up_at:
                waited = _import_wait_s()
                how_long = (
                    translate("Command line", "{number} minutes").format(
                        number=f"{waited / 60:.3g}"
                    )
                    if waited >= 120
                    else translate("Command line", "{number} seconds").format(
                        number=f"{waited:.3g}"
                    )
                )
                raise UserError(
                    translate(
                        "Command line",
                        "another import (or a DuoDesk window) kept the project busy for "
                        "{how_long}, so DuoDesk stopped waiting; nothing was "
                        "imported. Run the command again when the other one has finished.",
                    ).format(how_long=how_long)
                ) from None
            if not said:
                print(
                    translate(
                        "Command line",
                        "duodesk: waiting for another import (or a DuoDesk window) to finish "
                        "saving to the project…",
                    ),
                    file=sys.stderr,
                    flush=True,
                )
                said = True
            time.sleep(1.0)


def _list(args: argparse.Namespace) -> int:
    from duodesk.storage.questionnaires import list_questionnaires

    database = _open(args, create=False)
    try:
        with database.read_session() as session:
            rows = list_questionnaires(session)
    finally:
        database.close()
    if not rows:
        print(
            translate(
                "Command line", "No questionnaires yet. Add one with: duodesk import-form FORM.xlsx"
            )
        )
        return EXIT_OK
    header = (
        translate("Command line", "form id"),
        translate("Command line", "versions"),
        translate("Command line", "complete"),
        translate("Command line", "unfinished"),
        translate("Command line", "title"),
    )
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
        help=translate(
            "Command line",
            'the language of questions and answers, e.g. "English" or "ar" '
            "(default: the questionnaire's own)",
        ),
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
        listed = ", ".join(f'"{language}"' for language in known) or translate(
            "Command line", "none (one language only)"
        )
        raise UserError(
            translate(
                "Command line", '--language "{wanted}": the questionnaire\'s languages are {listed}'
            ).format(wanted=wanted, listed=listed)
        )
    return found


def _add_subset_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--site",
        action="append",
        default=[],
        help=translate("Command line", "only this site (repeat for several)"),
    )
    sub.add_argument(
        "--interviewer",
        action="append",
        default=[],
        help=translate("Command line", "only this interviewer (repeatable)"),
    )
    sub.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        help=translate("Command line", "first day"),
    )
    sub.add_argument(
        "--to", dest="date_to", metavar="YYYY-MM-DD", help=translate("Command line", "last day")
    )
    sub.add_argument(
        "--version",
        action="append",
        type=int,
        default=[],
        help=translate("Command line", "only this version number"),
    )
    sub.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="CONDITION",
        help=translate(
            "Command line",
            'only interviews meeting a condition such as "sex=female", "age>30" or '
            '"drugs includes heroin" (repeat: all must hold). As in SPSS, an answer that is a '
            'missing code ("Don\'t know", "Refused") or blank never meets a condition: '
            '"used!=yes" leaves them out; ask for one by name: "used=dont_know"',
        ),
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
                translate(
                    "Command line",
                    '{option} "{text}" is not a date: write it as YEAR-MONTH-DAY, e.g. 2026-03-31',
                ).format(option=option, text=text)
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
            translate(
                "Command line",
                "duodesk: warning: {count} interview(s) have no date, so --from/--to leave them "
                "out; they are not counted below.",
            ).format(count=undated),
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
            translate(
                "Command line",
                "--include-interview-data goes with --xlsx: CSV and SPSS files are already one "
                "row per interview.",
            )
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
        raise UserError(
            translate("Command line", "cannot write {path}: {reason}").format(
                path=target, reason=error.strerror
            )
        ) from None
    finally:
        database.close()
    print(report.describe())
    return EXIT_OK


def _themes(args: argparse.Namespace) -> int:
    from duodesk.core.input_files import InputFileError
    from duodesk.storage.coding_sheet import export_coding_sheet, import_coding_sheet
    from duodesk.storage.themes import ThemeError

    coder = " ".join((args.coder or "").split())
    if args.coder is not None and not coder:
        # A blank name would silently mean the main coding, the one counted in results.
        raise UserError(
            translate(
                "Command line",
                "--coder needs a name (the second coder's); leave --coder out to use the main "
                "coding.",
            )
        )
    which = (
        translate("Command line", "{name}'s coding").format(name=coder)
        if coder
        else translate("Command line", "the main coding (counted in results)")
    )
    database = _open(args, create=False)
    try:
        if args.export is not None:
            written = export_coding_sheet(database, args.form_id, args.question, args.export, coder)
            print(
                translate(
                    "Command line",
                    "{count} written answer(s) to {question} written to {file}, from {which}.",
                ).format(count=written, question=args.question, file=args.export.name, which=which)
            )
        else:
            report = import_coding_sheet(database, args.form_id, args.question, args.import_, coder)
            print(
                translate("Command line", "Changed {which}. ").format(which=which)
                + report.describe()
            )
    except (ThemeError, InputFileError) as error:
        raise UserError(str(error)) from None
    except OSError as error:
        path = args.export or args.import_
        raise UserError(
            translate("Command line", "cannot use {path}: {reason}").format(
                path=path, reason=error.strerror
            )
        ) from None
    finally:
        database.close()
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from duodesk.analysis import AnalysisError
    from duodesk.exports.disclosure import DEFAULT_THRESHOLD, DisclosureRule
    from duodesk.exports.layout import ExportOptions
    from duodesk.storage.disclosure_policy import required_threshold

    if args.docx is None and args.pdf is None:
        raise UserError(
            translate(
                "Command line",
                "say where to write the report: --docx OUT.docx, --pdf OUT.pdf or both.",
            )
        )
    for path, ending in ((args.docx, ".docx"), (args.pdf, ".pdf")):
        if path is not None and path.suffix.lower() != ending:
            raise UserError(
                translate("Command line", "{file}: end the file name with {ending}.").format(
                    file=path.name, ending=ending
                )
            )
    subset = _subset(args)
    database = _open(args, create=False)
    try:
        _warn_undated(database, args.form_id, subset)
        with database.session() as session:
            required = required_threshold(session)
        threshold = args.threshold
        if threshold is None:
            threshold = max(DEFAULT_THRESHOLD, required or 0)
        options = ExportOptions(
            subset=subset,
            disclosure=DisclosureRule(threshold=threshold),
            language=_language(database, args.form_id, args.language),
        )
        # Charts are drawn into pictures: no screen is needed.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from duodesk.gui.report_render import write_findings_report

        written = write_findings_report(
            database,
            args.form_id,
            options,
            docx=args.docx,
            pdf=args.pdf,
            group_name=args.group_name,
        )
    except (AnalysisError, ValueError) as error:
        raise UserError(str(error)) from None
    except OSError as error:
        target = args.docx or args.pdf
        raise UserError(
            translate("Command line", "cannot write {path}: {reason}").format(
                path=target, reason=error.strerror
            )
        ) from None
    finally:
        database.close()
    print(written.describe())
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
        print(
            translate(
                "Command line",
                "This project requires no threshold: each export chooses (default 1 to 4).",
            )
        )
    else:
        print(
            translate(
                "Command line", "Every export of this project hides numbers from 1 to {n} at least."
            ).format(n=required)
        )
    return EXIT_OK


def _summary(args: argparse.Namespace) -> int:
    from duodesk.analysis import (
        AnalysisError,
        json_text,
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
        print(json_text(summary_to_json(summary)))
    else:
        print(summary_to_text(summary))
    return EXIT_OK


def _crosstab(args: argparse.Namespace) -> int:
    from duodesk.analysis import (
        AnalysisError,
        crosstab,
        crosstab_to_json,
        crosstab_to_text,
        json_text,
    )
    from duodesk.analysis.crosstab import check_crosstab_shown, protect_crosstab
    from duodesk.storage.disclosure_policy import required_threshold

    subset = _subset(args)
    database = _open(args, create=False)
    try:
        table = crosstab(database, args.form_id, args.row, args.column, subset)
        with database.read_session() as session:
            threshold = required_threshold(session)
        whole = check_crosstab_shown(database, args.form_id, table, subset, threshold)
    except AnalysisError as error:
        raise UserError(str(error)) from None
    finally:
        database.close()
    # the project's requirement holds for what is printed too, as on the Results screen
    hidden = None
    if threshold is not None and table.rows and table.columns:
        hidden = protect_crosstab(table, threshold, whole)
    if args.json:
        print(json_text(crosstab_to_json(table, hidden, threshold)))
    else:
        print(crosstab_to_text(table, hidden, threshold))
    return EXIT_OK


def _change_passphrase(args: argparse.Namespace) -> int:
    from duodesk.storage.database import ProjectError

    new = None if args.remove else _read_passphrase(args.new_passphrase_file)
    database = _open(args, create=False)
    try:
        left = database.change_passphrase(new)
    except ProjectError as error:
        raise UserError(str(error)) from None
    finally:
        database.close()
    if not left:
        print(
            translate(
                "Command line",
                "The project and its backups are now locked with the new passphrase.",
            )
            if new
            else translate("Command line", "The project and its backups are no longer encrypted.")
        )
    else:
        print(
            translate(
                "Command line",
                "The project is now locked with the new passphrase, but not all of its backups: "
                "{count} still use an earlier passphrase.",
            ).format(count=len(left))
            if new
            else translate(
                "Command line",
                "The project is no longer encrypted, but {count} of its backups still use an "
                "earlier passphrase.",
            ).format(count=len(left))
        )
    from duodesk.storage.database import is_plain_file

    for backup in left:
        print(
            translate(
                "Command line",
                "Not changed: the backup {file} is not encrypted. It will be locked with the "
                "project's passphrase the next time the project is opened alone.",
            ).format(file=backup.name)
            if new and is_plain_file(backup)
            else translate(
                "Command line",
                "Not changed: the backup {file} uses an older passphrase. Delete it if "
                "people who knew that passphrase should not read it.",
            ).format(file=backup.name),
            file=sys.stderr,
        )
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from duodesk.storage.database import ProjectError

    backup_key = (
        _read_passphrase(args.backup_passphrase_file) if args.backup_passphrase_file else None
    )
    from duodesk.storage.database import Database

    try:
        database = Database.open_for_restore(args.db, passphrase=_passphrase(args))
    except ProjectError as error:
        raise UserError(str(error)) from None
    try:
        damaged = _check_person(args, database)
        # For a project too damaged to read its people, the backup's list says who may.
        coordinator = (args.person, _secret_of(args)) if damaged and args.person else None
        kept = database.restore(args.backup, passphrase=backup_key, coordinator=coordinator)
    except ProjectError as error:
        raise UserError(str(error)) from None
    finally:
        with contextlib.suppress(ProjectError):  # a damaged project a refusal left damaged
            database.close()
    print(
        translate("Command line", "The project is restored from {file}.").format(
            file=args.backup.name
        )
    )
    for sentence in database.people_restored:  # someone taken off comes back with a backup
        print(sentence)
    if kept is not None:
        print(
            translate("Command line", "What it replaced is kept in {file}.").format(file=kept.name)
        )
    return EXIT_OK


def _list_backups(args: argparse.Namespace) -> int:
    database = _open(args, create=False)
    try:
        found = database.backups()
        plain = set(database.plain_backups())
        earlier = set(database.backups_under_another_passphrase())
    finally:
        database.close()
    for backup in found:
        if backup in plain:  # left plain beside an encrypted project: say so
            print(translate("Command line", "{file} (not encrypted)").format(file=backup))
        elif backup in earlier:  # left under the passphrase a change replaced
            print(
                translate(
                    "Command line",
                    "{file} (still locked with an earlier passphrase, which can still read it: "
                    "delete it when it is no longer needed; restore --backup-passphrase-file "
                    "can still use it)",
                ).format(file=backup)
            )
        else:
            print(backup)
    if not found:
        print(translate("Command line", "This project has no backups yet."), file=sys.stderr)
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    from duodesk.storage.audit import carried_events, list_events, verify

    database = _open(args, create=False)
    try:
        with database.session() as session:
            if args.verify:
                check = verify(session)
                noted = _noted_record(session, args.noted) if args.noted else None
            else:
                events = list_events(session, newest=max(args.last, 1))
    finally:
        database.close()
    if args.verify:
        if check.elsewhere:
            message = translate(
                "Command line",
                "the audit trail cannot be checked on this laptop from record {sequence} on "
                "(which does not mean it is broken): those records were written with a key "
                "this laptop does not hold, on another laptop of the team or by someone "
                "rewriting the trail. Check it on the laptop that wrote them.",
            ).format(sequence=check.first_break)
            if check.first_break and check.first_break > 1:
                message += " " + translate(
                    "Command line", "Records 1 to {last} are intact."
                ).format(last=check.first_break - 1)
            raise UserError(message)
        if not check.intact:
            raise UserError(
                translate(
                    "Command line", "the audit trail is broken: {reason} (checked {records})"
                ).format(reason=check.reason, records=_records(check.records))
            )
        if args.noted and not re.fullmatch(r"[0-9a-f]{64}", "".join(args.noted.split()).lower()):
            raise UserError(
                translate(
                    "Command line",
                    "a fingerprint is 64 letters and digits (0-9 and a-f), as the check printed "
                    "it; the one given is not: copy it again whole.",
                )
            )
        if args.noted and noted is None:
            raise UserError(
                translate(
                    "Command line",
                    "the record whose fingerprint you noted down is not in the trail. Check "
                    "that it was copied right, letter by letter; if it was, the audit trail is "
                    "broken: records were cut off the end, or the trail was rewritten",
                )
            )
        print(
            translate("Command line", "The audit trail is intact: {records}.").format(
                records=_records(check.records)
            )
        )
        if noted is not None:
            print(
                translate(
                    "Command line", "The record you noted down (number {number}) is still in it."
                ).format(number=noted)
            )
        if check.unvouched:
            print(
                translate(
                    "Command line",
                    "But the first {count} record(s) carry no key (written by an older DuoDesk, "
                    "or rewritten by someone with the file): DuoDesk cannot vouch for them.",
                ).format(count=check.unvouched)
            )
        print(
            translate("Command line", "Fingerprint of the newest record: {fingerprint}").format(
                fingerprint=check.head
            )
        )
        print(
            translate(
                "Command line",
                "Records changed, removed or rewritten are found without it; note it down to "
                "find out later whether the newest records were cut off (audit --verify "
                "--noted FINGERPRINT).",
            )
        )
        return EXIT_OK
    for event in events:
        print(_audit_line(event))
        for carried in carried_events(event):  # what a restore took away, kept in its record
            print("        " + _audit_line(carried))
    return EXIT_OK


def _audit_line(event) -> str:
    from duodesk.storage.audit import readable_details

    details = readable_details(event)
    line = f"{event.sequence:>6}  {event.at[:19].replace('T', ' ')}  {event.action}"
    if event.subject:
        line += f"  [{event.subject}]"
    if event.actor:
        line += "  " + translate("Command line", "by {name}").format(name=event.actor)
    if details:
        line += f"  ({details})"
    return line


def _noted_record(session, fingerprint: str) -> int | None:
    """The number of the record whose fingerprint (hash) was noted down, if it is in the trail
    (spaces and capitals as it was copied are not part of it)."""
    from sqlalchemy import select

    from duodesk.storage.models import AuditRecord

    wanted = "".join(fingerprint.split()).lower()
    return session.scalar(select(AuditRecord.sequence).where(AuditRecord.hash == wanted))


def _records(number: int) -> str:
    words = (
        translate("Command line", "%n record", None, number)
        if number == 1
        else translate("Command line", "%n records", None, number)
    )
    return words


if __name__ == "__main__":
    sys.exit(main())
