"""Alembic's entry point: migrate the connection DuoDesk hands over (see __init__.py)."""

from alembic import context

from duodesk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
