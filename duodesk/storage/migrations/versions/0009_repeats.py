"""Answers of repeat instances: an instance column in the keys of answers and their choices

Revision ID: 0009
Revises: 0008
"""

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# "" outside repeats (every answer stored so far), "2" or "2.3" inside them.
_KEYS = {
    "answers": ("interview_id", "question", "instance"),
    "answer_choices": ("interview_id", "question", "instance", "choice"),
}


def _instance_column() -> sa.Column:
    return sa.Column("instance", sa.String(length=40), nullable=False, server_default="")


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, key in _KEYS.items():
        # SQLite's copy of the table warns that its key differs from the old one: it should.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*primary_key=True, not matching")
            with op.batch_alter_table(table, recreate="always") as batch_op:
                batch_op.add_column(_instance_column())
                if postgres:
                    batch_op.drop_constraint(f"{table}_pkey", type_="primary")
                batch_op.create_primary_key(f"{table}_pkey", list(key))
    with op.batch_alter_table("answer_corrections") as batch_op:
        batch_op.add_column(_instance_column())


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("answer_corrections") as batch_op:
        batch_op.drop_column("instance")
    for table, key in _KEYS.items():
        op.execute(sa.text(f"DELETE FROM {table} WHERE instance <> ''"))
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*primary_key=True, not matching")
            with op.batch_alter_table(table, recreate="always") as batch_op:
                if postgres:
                    batch_op.drop_constraint(f"{table}_pkey", type_="primary")
                batch_op.drop_column("instance")
                batch_op.create_primary_key(f"{table}_pkey", [c for c in key if c != "instance"])
