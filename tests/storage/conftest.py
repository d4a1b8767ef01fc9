from __future__ import annotations

from contextlib import ExitStack

import pytest

from tests.reference_tools import missing
from tests.storage.postgres_server import running_postgres


@pytest.fixture(scope="session")
def postgres_server_url():
    """One PostgreSQL server for the session's tests (each test makes its own database)."""
    with ExitStack() as stack:
        try:
            url = stack.enter_context(running_postgres())
        except FileNotFoundError:
            missing("A PostgreSQL server", "postgresql")
        yield url


@pytest.fixture(scope="module")
def stoppable_server():
    """A server of the test module's own, which a test may stop (or freeze) and start again:
    ``(url, ServerControl)``."""
    control = []
    with ExitStack() as stack:
        try:
            url = stack.enter_context(running_postgres(control))
        except FileNotFoundError:
            missing("A PostgreSQL server", "postgresql")
        yield url, control[0]


@pytest.fixture
def postgres_url(postgres_server_url, request):
    """A fresh, empty database on the test server."""
    import re

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50]
    with psycopg.connect(postgres_server_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return postgres_server_url.replace("/duodesk?", f"/{name}?")
