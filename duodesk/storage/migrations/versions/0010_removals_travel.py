"""Removals that travel in transfer files: themes merged away, codings cleared

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "theme_removals",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("question", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("merged_into", sa.Uuid(), nullable=True),
        sa.Column("removed_at", sa.DateTime(), nullable=False),
        sa.Column("laptop_id", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_table(
        "coding_clearings",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=64), nullable=False),
        sa.Column("coder", sa.String(length=200), nullable=False),
        sa.Column("cleared_by", sa.Text(), nullable=False),
        sa.Column("cleared_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("interview_id", "question", "coder"),
    )


def downgrade() -> None:
    op.drop_table("coding_clearings")
    op.drop_table("theme_removals")
