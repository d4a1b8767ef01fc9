"""A server URL on a DuoDesk without the PostgreSQL driver (the bundled program) gets a sentence."""

from __future__ import annotations

import sys

import pytest

from duodesk.cli import main
from duodesk.storage.database import Database, ProjectError

URL = "postgresql://nobody@localhost/nothing"


@pytest.fixture
def no_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("psycopg", "psycopg2"):
        monkeypatch.setitem(sys.modules, name, None)  # importing it now fails


def test_opening_a_server_without_its_driver_says_what_to_install(no_driver):
    with pytest.raises(ProjectError, match="cannot open a database on a server") as refused:
        Database.open(URL)
    assert "postgresql extra" in str(refused.value)


def test_the_command_line_says_it_in_a_sentence(no_driver, capsys):
    assert main(["--db", URL, "list"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("duodesk: This copy of DuoDesk cannot open a database on a server")
    assert "Traceback" not in error
