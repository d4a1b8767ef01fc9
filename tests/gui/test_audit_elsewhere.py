"""The audit trail screen when records were written with a key this laptop does not hold."""

from __future__ import annotations

from duodesk.gui.security.audit_dialog import AuditDialog, load_trail
from duodesk.storage import audit
from duodesk.storage.audit import record_event
from duodesk.storage.database import Database


def test_records_from_another_laptop_are_called_unchecked_not_tampered(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "p.duodesk"
    database = Database.open(path)
    with database.session() as session:
        record_event(session, "exported", details={"file": "here.csv"})
    database.close()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-laptop"))
    monkeypatch.setattr(audit, "_known", {})
    database = Database.open(path)
    try:
        with database.session() as session:
            record_event(session, "exported", details={"file": "there.csv"})
        events, check = load_trail(database)
    finally:
        database.close()
    dialog = AuditDialog(events, check)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    text = dialog.verdict.text()
    assert "cannot be checked in full on this laptop" in text
    assert "records from 1 on were written with a key this laptop does not hold" in text
    assert "Someone changed the project file" not in text
    assert not dialog.grab().isNull()
