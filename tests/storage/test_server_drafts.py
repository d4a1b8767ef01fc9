"""On a shared server each laptop has its own unfinished interviews (a real PostgreSQL server):
another site neither sees nor continues nor discards them, and they are still there, whole, for
the laptop that started them. A project file keeps every draft its own."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from duodesk.core.records import AnswerRecord, AnswerStatus, FormChange
from duodesk.core.xlsform import read_xlsform
from duodesk.gui.entry import operations as ops
from duodesk.storage.database import Database
from duodesk.storage.drafts import NotYourDraft
from duodesk.storage.interview_list import InterviewFilter
from duodesk.storage.models import Interview
from duodesk.storage.questionnaires import save_questionnaire


def _as_laptop(monkeypatch, tmp_path, name: str) -> None:
    monkeypatch.setenv("DUODESK_SETTINGS", str(tmp_path / f"{name}.ini"))


def _start(database: Database, form_id: str, site: str) -> int:
    details = ops.InterviewDetails(form_id, f"Worker at {site}", site, date(2026, 3, 2))
    return ops.start_interview(database, details).interview_id


def _answer(question: str, value: str) -> FormChange:
    return FormChange((AnswerRecord(question, AnswerStatus.ANSWERED, value),), question)


@pytest.mark.parametrize("where", ["server", "file"])
def test_drafts_belong_to_the_laptop_that_started_them(
    where, postgres_url, tmp_path, monkeypatch, example_paths
):
    questionnaire = read_xlsform(example_paths["training_employment_barriers"])
    question = next(q.name for q in questionnaire.questions() if q.type.name == "TEXT")
    shared = postgres_url if where == "server" else str(tmp_path / "project.duodesk")
    database = Database.open(shared)
    with database.session() as session:
        save_questionnaire(session, questionnaire)

    _as_laptop(monkeypatch, tmp_path, "north")
    north_draft = _start(database, questionnaire.form_id, "North")
    ops.save_answers(database, north_draft, _answer(question, "kept by North"))
    _as_laptop(monkeypatch, tmp_path, "south")
    south_draft = _start(database, questionnaire.form_id, "South")

    south_sees = {d.interview_id for d in ops.list_drafts(database)}
    if where == "file":  # one laptop's own file, even restored on another laptop
        assert south_sees == {north_draft, south_draft}
        database.close()
        return
    assert south_sees == {south_draft}
    listed = ops.load_interview_page(database, InterviewFilter(), 0, 50)
    assert {row.interview_id for row in listed.rows} == {south_draft} and listed.total == 1
    for attempt in (
        lambda: ops.open_interview(database, north_draft),
        lambda: ops.save_answers(database, north_draft, _answer(question, "South's words")),
        lambda: ops.finish_interview(database, north_draft, (), question),
        lambda: ops.discard_draft(database, north_draft),
        lambda: ops.delete_interviews(database, [north_draft]),
    ):
        with pytest.raises(NotYourDraft, match="started on another laptop"):
            attempt()

    _as_laptop(monkeypatch, tmp_path, "north")
    assert {d.interview_id for d in ops.list_drafts(database)} == {north_draft}
    opened = ops.open_interview(database, north_draft)
    assert opened.records[question].value == "kept by North"
    assert opened.site == "North"
    ops.finish_interview(database, north_draft, (), question)
    with database.read_session() as session:
        assert session.scalar(select(func.count()).where(Interview.deleted_at.is_(None))) == 2
    # A finished interview belongs to the project: South can read it.
    _as_laptop(monkeypatch, tmp_path, "south")
    assert ops.open_interview(database, north_draft).records[question].value == "kept by North"
    database.close()
