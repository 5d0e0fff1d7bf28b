"""The topic an interview script names the customer's world with.

Revision ID: 5c1e7a0d93b2
Revises: 7145261e7b7e
Create Date: 2026-12-06 16:20:00+00:00

Adds ``interview_scripts.topic`` (nullable): scripts generated before it keep NULL and their
questions as they were.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5c1e7a0d93b2"
down_revision: str | Sequence[str] | None = "7145261e7b7e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interview_scripts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("topic", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interview_scripts", schema=None) as batch_op:
        batch_op.drop_column("topic")
