"""The answers inside repeats, long: one row per instance, one table per repeat.

Each row carries the interview's number (``_interview``, the number the Interviews list shows and
the one-row-per-interview file), the instance (``_instance``: ``2``, or ``2.1`` for the first
instance of an inner repeat inside outer instance 2) and the instance it belongs to
(``_parent_instance``, empty at the first level), as KoboToolbox's ``_index`` and
``_parent_index`` join its repeat sheets. Cells follow the same rules as the interview file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import chain

from sqlalchemy import select
from sqlalchemy.orm import Session

from duodesk.analysis import AnalysisCancelled, Subset
from duodesk.analysis.catalogue import Catalogue, load_catalogue
from duodesk.analysis.subset import subset_interviews
from duodesk.core.questionnaire import Questionnaire
from duodesk.exports.layout import Column, DataLayout, ExportOptions, data_layout
from duodesk.exports.rows import BATCH, CANCEL_EVERY, StoredAnswer, row_converters
from duodesk.i18n import translate
from duodesk.storage.models import Answer, Interview

INSTANCE_COLUMNS = ("_interview", "_instance", "_parent_instance")


@dataclass(frozen=True)
class RepeatTable:
    """The columns of one repeat's file: ``name`` is the repeat's, ``unit`` what one instance
    is ("drug"), ``layout`` its questions (the instance columns come first)."""

    name: str
    unit: str
    layout: DataLayout
    language: str = ""  # the language of ``unit``, "" when not known

    @property
    def headers(self) -> list[str]:
        return [*INSTANCE_COLUMNS, *(c.header for c in self.layout.columns if c.question)]

    @property
    def title(self) -> str:
        return translate("Workbook", "One row per instance of “{unit}” ({name})").format(
            unit=self.unit, name=self.name
        )


def repeat_tables(
    session: Session, form_id: str, versions: list[Questionnaire], options: ExportOptions
) -> list[RepeatTable]:
    """One table per repeat of any version that has questions to export, outer ones first."""
    catalogue = load_catalogue(session, form_id, options.language)
    tables = []
    repeats: dict[str, tuple[str, str]] = {}
    for info in catalogue.questions.values():
        if info.repeat:
            repeats.setdefault(info.repeat, (info.repeat_label, info.repeat_language))
    for name, (unit, language) in repeats.items():
        own = {
            key: replace(info, repeat="", repeat_label="", repeat_language="")
            for key, info in catalogue.questions.items()
            if info.repeat == name
        }
        layout = data_layout(Catalogue(form_id, catalogue.title, own, ()), versions, options)
        if layout.questions:
            tables.append(RepeatTable(name, unit, layout, language))
    return tables


def stream_instances(
    session: Session,
    form_id: str,
    subset: Subset,
    table: RepeatTable,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[int, str, dict[str, StoredAnswer]]]:
    """(interview number, instance, its answers by question) for every
    instance of ``table``'s repeat in ``subset``, in interview then instance order."""
    chosen = subset_interviews(form_id, subset).subquery()
    interviews = (
        select(Interview.id)
        .where(Interview.id.in_(select(chosen.c.id)))
        .order_by(Interview.id)
        .execution_options(yield_per=BATCH)
    )
    answers = (
        select(Answer.interview_id, Answer.instance, Answer.question, Answer.status)
        .add_columns(Answer.value, Answer.number)
        .where(
            Answer.interview_id.in_(select(chosen.c.id)),
            Answer.question.in_(table.layout.question_names),
            Answer.instance != "",
        )
        .order_by(Answer.interview_id)
        .execution_options(yield_per=BATCH)
    )
    connection = session.connection()
    rows = chain.from_iterable(connection.execute(answers).partitions())
    pending = next(rows, None)
    for number, (interview_id,) in enumerate(
        chain.from_iterable(connection.execute(interviews).partitions()), start=1
    ):
        if cancelled is not None and number % CANCEL_EVERY == 1 and cancelled():
            raise AnalysisCancelled()
        found: dict[str, dict[str, StoredAnswer]] = {}
        while pending is not None and pending[0] == interview_id:
            found.setdefault(pending[1], {})[pending[2]] = (pending[3], pending[4], pending[5])
            pending = next(rows, None)
        for instance in sorted(found, key=lambda i: [int(p) for p in i.split(".")]):
            yield interview_id, instance, found[instance]


def instance_rows(
    session: Session,
    form_id: str,
    subset: Subset,
    table: RepeatTable,
    labels: bool,
    text: Callable[[str], object],
    *,
    cancelled: Callable[[], bool] | None = None,
    doubles_only: bool = False,
) -> Iterator[list[object]]:
    """The cells of each row of ``table`` (see :attr:`RepeatTable.headers`)."""
    converters = row_converters(table.layout, labels, text, doubles_only=doubles_only)
    for number, instance, stored in stream_instances(
        session, form_id, subset, table, cancelled=cancelled
    ):
        parent = instance.rsplit(".", 1)[0] if "." in instance else ""
        row: list[object] = [number, text(instance), text(parent)]
        for convert in converters:
            row.extend(convert(stored))
        yield row


def question_columns(table: RepeatTable) -> list[Column]:
    return [c for c in table.layout.columns if c.question]
