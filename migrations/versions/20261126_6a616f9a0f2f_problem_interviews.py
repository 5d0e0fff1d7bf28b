"""Problem interviews: scripts and their questions, logged interviews, notes per hypothesis.

Revision ID: 6a616f9a0f2f
Revises: 6dfbd499ed2b
Create Date: 2026-11-26 12:18:52.809377+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "6a616f9a0f2f"
down_revision: str | Sequence[str] | None = "6dfbd499ed2b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "interview_scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value_proposition_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["value_proposition_id"],
            ["value_propositions.id"],
            name=op.f("fk_interview_scripts_value_proposition_id_value_propositions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_scripts")),
        sa.UniqueConstraint(
            "value_proposition_id", name=op.f("uq_interview_scripts_value_proposition_id")
        ),
    )
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value_proposition_id", sa.Integer(), nullable=False),
        sa.Column("respondent", sa.String(length=128), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("segment_fit", sa.String(length=8), nullable=True),
        sa.Column("key_quote", sa.Text(), nullable=True),
        sa.Column("commitment", sa.String(length=16), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["value_proposition_id"],
            ["value_propositions.id"],
            name=op.f("fk_interviews_value_proposition_id_value_propositions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interviews_value_proposition_id"),
            ["value_proposition_id"],
            unique=False,
        )

    op.create_table(
        "interview_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=16), nullable=False),
        sa.Column("said", sa.Text(), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=True),
        sa.Column("kept_fluff", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_notes_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_notes")),
        sa.UniqueConstraint("interview_id", "field", name=op.f("uq_interview_notes_interview_id")),
    )
    op.create_table(
        "script_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("kept_lint", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["interview_scripts.id"],
            name=op.f("fk_script_questions_script_id_interview_scripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_questions")),
    )
    with op.batch_alter_table("script_questions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_script_questions_script_position", ["script_id", "position"], unique=False
        )

    with op.batch_alter_table("value_propositions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("interview_goal", sa.Integer(), server_default="10", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("value_propositions", schema=None) as batch_op:
        batch_op.drop_column("interview_goal")

    with op.batch_alter_table("script_questions", schema=None) as batch_op:
        batch_op.drop_index("ix_script_questions_script_position")

    op.drop_table("script_questions")
    op.drop_table("interview_notes")
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviews_value_proposition_id"))

    op.drop_table("interviews")
    op.drop_table("interview_scripts")
