"""Versions of a value proposition: ``version`` and ``parent_id`` on value_propositions.

Revision ID: d4182098e0d5
Revises: 5b1e0c7a9d42
Create Date: 2026-12-06 16:10:00+00:00

A revision after interviews is a new row pointing at the version it revised, so answers,
interviews and the card stay with their version and existing queries by proposition id keep
working. Every existing proposition becomes v1 without a parent (the server default).
Downgrade drops the columns; later versions then read as separate propositions.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d4182098e0d5"
down_revision: str | Sequence[str] | None = "5b1e0c7a9d42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("value_propositions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_value_propositions_parent_id"), ["parent_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_value_propositions_parent_id_value_propositions"),
            "value_propositions",
            ["parent_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("value_propositions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_value_propositions_parent_id_value_propositions"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_value_propositions_parent_id"))
        batch_op.drop_column("parent_id")
        batch_op.drop_column("version")
