"""Customers' own words per hypothesis, kept apart from the founder's notes.

Revision ID: 5b1e0c7a9d42
Revises: 5c1e7a0d93b2
Create Date: 2026-12-06 16:00:00+00:00

Adds ``interview_notes.quote``. Existing notes keep their text in ``said``, which from now on
is labelled as the founder's notes: nobody can tell afterwards whether it was written down
word for word. Notes that were answered get an empty quote ("none written down"), so editing
an old interview does not ask for quotes of every hypothesis again; skipped notes stay NULL.
Commitment and segment fit were already stored per interview. Downgrade drops the column.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5b1e0c7a9d42"
down_revision: str | Sequence[str] | None = "5c1e7a0d93b2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interview_notes") as batch:
        batch.add_column(sa.Column("quote", sa.Text(), nullable=True))
    op.execute("UPDATE interview_notes SET quote = '' WHERE said IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("interview_notes") as batch:
        batch.drop_column("quote")
