"""The inbox of received updates replaces the list of processed update ids.

Revision ID: 349e62f7f010
Revises: d4182098e0d5
Create Date: 2026-12-06 18:40:00+00:00

Every update is now stored before Telegram is told it arrived (bot.updates). The ids recorded
in processed_updates become handled rows (a handled row keeps no payload), so an update handled
before the upgrade and delivered again after it is still dropped. Downgrade keeps the handled
ids.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "349e62f7f010"
down_revision: str | Sequence[str] | None = "d4182098e0d5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbox_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_inbox_updates")),
    )
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inbox_updates_handled_at"), ["handled_at"], unique=False
        )
    op.execute(
        "INSERT INTO inbox_updates (update_id, payload, received_at, attempts, handled_at) "
        "SELECT update_id, '', received_at, 1, received_at FROM processed_updates"
    )
    with op.batch_alter_table("processed_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processed_updates_received_at"))
    op.drop_table("processed_updates")


def downgrade() -> None:
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_processed_updates")),
    )
    with op.batch_alter_table("processed_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processed_updates_received_at"), ["received_at"], unique=False
        )
    op.execute(
        "INSERT INTO processed_updates (update_id, received_at) "
        "SELECT update_id, received_at FROM inbox_updates WHERE handled_at IS NOT NULL"
    )
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbox_updates_handled_at"))
    op.drop_table("inbox_updates")
