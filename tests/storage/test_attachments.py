"""Files attached in entry are kept inside the project: encrypted with it, gone with their answer
or their interview, never beside the project and never exported."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from duodesk.core.records import AnswerRecord, AnswerStatus, AttachedFile
from duodesk.core.xlsform import read_xlsform
from duodesk.gui import entry_operations as ops
from duodesk.gui.entry.form_view import FormChange
from duodesk.storage.attachments import attached_file
from duodesk.storage.database import Database
from duodesk.storage.interview_list import delete_interviews, purge_deleted
from duodesk.storage.models import Attachment
from duodesk.storage.questionnaires import save_questionnaire
from tests.core.forms import write_form

PICTURE = b"\x89PNG a recognisable picture of someone's face 0123456789"


def _interview_with_photo(database: Database, tmp_path) -> int:
    form = read_xlsform(
        write_form(
            tmp_path / "f.xlsx",
            [["type", "name", "label"], ["image", "photo", "Photo"], ["text", "t", "T"]],
            settings=[["form_id"], ["photos"]],
        )
    )
    with database.session() as session:
        save_questionnaire(session, form)
    opened = ops.start_interview(
        database, ops.InterviewDetails("photos", "Sam", "Centre B", date(2024, 7, 12))
    )
    record = AnswerRecord("photo", AnswerStatus.ANSWERED, "face.png")
    change = FormChange((record,), "photo", None, (AttachedFile("photo", "face.png", PICTURE),))
    ops.save_answers(database, opened.interview_id, change)
    return opened.interview_id


def test_an_attached_file_is_encrypted_with_the_project(tmp_path):
    folder = tmp_path / "project"
    folder.mkdir()
    database = Database.open(folder / "locked.duodesk", passphrase="a secret")
    interview_id = _interview_with_photo(database, tmp_path)
    with database.session() as session:
        assert attached_file(session, interview_id, "photo").content == PICTURE
    for when in ("open", "closed"):
        content = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
        assert b"recognisable picture" not in content, when
        assert b"face.png" not in content, when
        if when == "open":
            database.close()
    assert [p.name for p in folder.iterdir() if p.is_dir()] == []  # no folder of files beside


def test_an_attached_file_goes_with_its_answer_and_its_interview(database, tmp_path):
    interview_id = _interview_with_photo(database, tmp_path)
    cleared = AnswerRecord("photo", AnswerStatus.NOT_APPLICABLE)
    ops.save_answers(database, interview_id, FormChange((cleared,), "t"))
    with database.session() as session:
        assert attached_file(session, interview_id, "photo") is None

    (tmp_path / "again").mkdir()
    interview_id = _interview_with_photo(database, tmp_path / "again")
    with database.session() as session:
        delete_interviews(session, [interview_id])
        assert attached_file(session, interview_id, "photo") is not None  # can be restored
        purge_deleted(session)
        assert session.scalars(select(Attachment)).all() == []
