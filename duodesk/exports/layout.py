"""What an export contains: its options, and the columns of its data (one row per interview).

Columns, in order: the interview's number in the export (1, 2, ...), questionnaire version,
site, date (and interviewer, when the export is not de-identified), then one column per
question in form order; a ``select_multiple`` question adds one 0/1 column per choice, named
``question/choice`` as ODK and KoboToolbox name them.

What a cell holds (written in the codebook too):

- an answer: the answer (a choice's code, or its label when labels were chosen);
- **empty**: "No answer": the question was asked but left blank;
- ``not asked``: "Not asked (skipped)": the questionnaire's logic skipped the question;
- ``not in version``: the interview was made with a version of the questionnaire that did not
  have the question.

Never exported: the participant code (its questions, and the digests kept to spot people
interviewed twice), and the content of attached files (photos, recordings); with
``deidentified``, free-text answers, locations (a place identifies a person), questions marked
identifying and interviewer names. The names of attached files are in CSV and SPSS files and
left out of the workbook for the health board, unless ``file_names`` says otherwise.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from duodesk.analysis import Subset
from duodesk.analysis.catalogue import Catalogue, QuestionInfo
from duodesk.core.participant_code import never_stored
from duodesk.core.questionnaire import (
    FILE_TYPES,
    LOCATION_TYPES,
    Questionnaire,
    QuestionType,
    text_in,
)
from duodesk.exports.disclosure import DisclosureRule
from duodesk.i18n import translate

NOT_ASKED = "not asked"
NOT_IN_VERSION = "not in version"


class ExportFormat(enum.StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    SAV = "sav"

    @property
    def description(self) -> str:
        return {
            ExportFormat.XLSX: translate("Export", "Excel workbook for the health board (.xlsx)"),
            ExportFormat.CSV: translate("Export", "Every interview, one row each, as CSV (.csv)"),
            ExportFormat.SAV: translate(
                "Export", "Every interview, one row each, for SPSS or PSPP (.sav)"
            ),
        }[self]

    @classmethod
    def for_path(cls, path: Path) -> ExportFormat:
        suffix = path.suffix.lower().lstrip(".")
        try:
            return cls(suffix)
        except ValueError:
            raise ValueError(
                translate(
                    "Export",
                    "{file}: DuoDesk exports .xlsx, .csv and .sav files; "
                    "end the file name with one of these.",
                ).format(file=path.name)
            ) from None


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how. The defaults are the safe ones for the health board:
    small numbers hidden, de-identified, labels rather than codes."""

    subset: Subset = field(default_factory=Subset)
    disclosure: DisclosureRule = field(default_factory=DisclosureRule)
    deidentified: bool = True
    labels: bool = True  # choice labels in the data; False: choice codes (names)
    language: str | None = None
    # The names of attached files (photos, recordings). None: kept in CSV and SPSS files, left
    # out of the workbook (see duodesk.exports.export).
    file_names: bool | None = None
    # The workbook's one row per interview, written to a file of its own beside the workbook
    # (see :func:`interviews_path`) so that the summary workbook can be passed on safely.
    include_interview_data: bool = False
    # The names of attached files (photos, recordings). None: kept in CSV and SPSS files, left
    # out of the workbook (see duodesk.exports.export).
    file_names: bool | None = None


def interviews_path(path: Path) -> Path:
    """Where a workbook's interview-level data goes when asked for: ``OUT-interviews.xlsx``
    beside ``OUT.xlsx``."""
    return path.with_name(f"{path.stem}-interviews{path.suffix}")


@dataclass(frozen=True)
class Column:
    """One column of the data. ``choice`` is set for a select_multiple's 0/1 column."""

    header: str
    label: str
    question: str = ""  # "" for the interview's own details
    type: QuestionType | None = None
    choice: str = ""


@dataclass(frozen=True)
class DataLayout:
    columns: tuple[Column, ...]
    questions: tuple[QuestionInfo, ...]  # the questions exported, in form order
    left_out: tuple[tuple[str, str], ...]  # (question name, why) for the codebook
    repeated: tuple[str, ...] = ()  # the questions asked once per repeat instance

    @property
    def question_names(self) -> tuple[str, ...]:
        return tuple(info.name for info in self.questions)

    def repeats_in_words(self) -> str:
        """A sentence saying that questions asked once per repeat instance are not in these
        tables (their small numbers would need hiding by person, not by instance); ``""``
        when the questionnaire has none."""
        if not self.repeated:
            return ""
        return translate(
            "Workbook",
            "{count} question(s) asked once per instance of a repeat (such as each drug "
            "named) are not in these tables: see the Results window, or the interview-level "
            "files, which have one row per instance.",
        ).format(count=len(self.repeated))


# DuoDesk's own columns, prefixed as ODK and KoboToolbox prefix theirs so that they never take
# the name of a question (real forms have questions called "date" or "site").
DETAILS = ("_interview", "_version", "_site", "_date")
INTERVIEWER = "_interviewer"
# Not asked, but recorded by the phone or laptop and worth exporting (after the questions).
RECORDED_TYPES = frozenset(
    {
        QuestionType.HIDDEN,
        QuestionType.DEVICEID,
        QuestionType.USERNAME,
        QuestionType.PHONENUMBER,
        QuestionType.SIMSERIAL,
        QuestionType.SUBSCRIBERID,
        QuestionType.EMAIL,
        QuestionType.START_GEOPOINT,
        QuestionType.BACKGROUND_GEOPOINT,
        QuestionType.BACKGROUND_AUDIO,
    }
)
IDENTIFYING_METADATA = RECORDED_TYPES - {QuestionType.HIDDEN} - LOCATION_TYPES - FILE_TYPES


def _recorded(catalogue: Catalogue, versions: list[Questionnaire]) -> list[QuestionInfo]:
    """The questions of :data:`RECORDED_TYPES` in any version, newest version first."""
    found: dict[str, QuestionInfo] = {}
    for form in reversed(versions):
        for question in form.questions():
            if question.type in RECORDED_TYPES and question.name not in catalogue.questions:
                label = text_in(question.label, "", form.settings.default_language)
                found.setdefault(
                    question.name, QuestionInfo(question, label or question.name, "", ())
                )
    return list(found.values())


def data_layout(
    catalogue: Catalogue, versions: list[Questionnaire], options: ExportOptions
) -> DataLayout:
    """The columns for ``catalogue``'s questions under ``options``. ``versions`` are every
    version of the questionnaire (their participant-code questions are never exported)."""
    code_parts = {name for form in versions for name in never_stored(form)}
    labels = (
        translate(
            "Codebook",
            "Interview number in the project: the same interview has the same number in "
            "every export",
        ),
        translate("Codebook", "Questionnaire version"),
        translate("Codebook", "Site"),
        translate("Codebook", "Date of the interview"),
    )
    columns = [Column(header, label) for header, label in zip(DETAILS, labels, strict=True)]
    if not options.deidentified:
        columns.append(Column(INTERVIEWER, translate("Codebook", "Interviewer")))
    kept: list[QuestionInfo] = []
    # The catalogue never holds the participant code's questions (their answers are kept
    # only as digests); the codebook still says they exist and why they are not here.
    own_parts = {name for form in versions for name in form.settings.participant_code}
    left_out: list[tuple[str, str]] = [
        (name, translate("Codebook", "part of the participant code: never exported"))
        for name in dict.fromkeys(n for form in versions for n in form.settings.participant_code)
    ] + [
        (name, translate("Codebook", "worked out from the participant code: never stored"))
        for name in sorted(code_parts - own_parts)
    ]
    repeated: list[str] = []
    for info in (*catalogue.questions.values(), *_recorded(catalogue, versions)):
        if info.name in code_parts:
            continue
        if info.repeat:
            repeated.append(info.name)
            why = translate(
                "Codebook",
                "asked once for each instance of “{repeat}”: in the file of that repeat "
                "({name}), one row per instance",
            )
            left_out.append(
                (
                    info.name,
                    why.format(
                        repeat=info.repeat_label,
                        name=info.repeat,
                    ),
                )
            )
            continue
        if options.deidentified and info.type in IDENTIFYING_METADATA:
            left_out.append(
                (
                    info.name,
                    translate(
                        "Codebook",
                        "recorded by the phone or laptop: left out of de-identified data",
                    ),
                )
            )
            continue
        if options.deidentified and info.question.identifying:
            why = translate("Codebook", "marked as identifying: left out of de-identified data")
            left_out.append((info.name, why))
            continue
        if options.deidentified and info.type is QuestionType.TEXT:
            why = translate("Codebook", "written answers: left out of de-identified data")
            left_out.append((info.name, why))
            continue
        if options.deidentified and info.type.is_location:
            left_out.append(
                (
                    info.name,
                    translate(
                        "Codebook", "a location identifies a person: left out of de-identified data"
                    ),
                )
            )
            continue
        if info.type.is_file and not options.file_names:
            left_out.append(
                (
                    info.name,
                    translate(
                        "Codebook", "names of attached files (photos, recordings): not in this file"
                    ),
                )
            )
            continue
        kept.append(info)
        columns.append(Column(info.name, info.label, info.name, info.type))
        if info.type is QuestionType.SELECT_MULTIPLE:
            columns.extend(
                Column(
                    f"{info.name}/{category.name}",
                    f"{info.label}: {category.label}",
                    info.name,
                    info.type,
                    category.name,
                )
                for category in info.categories
            )
    return DataLayout(tuple(columns), tuple(kept), tuple(left_out), tuple(repeated))
