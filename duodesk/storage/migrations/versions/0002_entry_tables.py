"""Participant-code digests, answer corrections and the list of interviewers

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "participant_code_digests",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("interview_id", "slot"),
    )
    with op.batch_alter_table("participant_code_digests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_participant_code_digests_lookup", ["slot", "digest"], unique=False
        )

    op.create_table(
        "answer_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=64), nullable=False),
        sa.Column("old_status", sa.Integer(), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_status", sa.Integer(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("corrected_by", sa.Text(), nullable=False),
        sa.Column("corrected_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("answer_corrections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_answer_corrections_interview_id"), ["interview_id"], unique=False
        )

    op.create_table(
        "interviewers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("interviewers")
    with op.batch_alter_table("answer_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_corrections_interview_id"))
    op.drop_table("answer_corrections")
    with op.batch_alter_table("participant_code_digests", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_code_digests_lookup")
    op.drop_table("participant_code_digests")
