"""Schema migrations (Alembic), run by the program itself when a project is opened.

No ``alembic.ini``: the configuration is built here, and ``env.py`` uses the connection it is
handed, so an encrypted project is migrated through its own unlocked connection. SQLite tables
are altered in Alembic's batch mode (copy and move), the only way SQLite can change a column.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from duodesk.resources import migrations_dir


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    # Found through duodesk.resources so that the bundled program reads its own copy.
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    command.upgrade(config(connection), revision)
