"""Merging laptops' projects: where an interview was entered, conflicts, correction identity,
deletion events and duplicate reviews

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin_laptop", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("had_conflict", sa.Boolean(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("answer_corrections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uuid", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("laptop_id", sa.String(length=32), nullable=True))
        batch_op.create_unique_constraint("uq_answer_corrections_uuid", ["uuid"])

    op.create_table(
        "interview_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("happened_at", sa.DateTime(), nullable=False),
        sa.Column("laptop_id", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("interview_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interview_events_interview_id"), ["interview_id"], unique=False
        )

    op.create_table(
        "duplicate_reviews",
        sa.Column("first_uuid", sa.Uuid(), nullable=False),
        sa.Column("second_uuid", sa.Uuid(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("laptop_id", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("first_uuid", "second_uuid"),
    )


def downgrade() -> None:
    op.drop_table("duplicate_reviews")
    with op.batch_alter_table("interview_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_events_interview_id"))
    op.drop_table("interview_events")
    with op.batch_alter_table("answer_corrections", schema=None) as batch_op:
        batch_op.drop_constraint("uq_answer_corrections_uuid", type_="unique")
        batch_op.drop_column("laptop_id")
        batch_op.drop_column("uuid")
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_column("had_conflict")
        batch_op.drop_column("origin_laptop")
