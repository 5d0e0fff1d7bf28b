"""Dashboard: the founder's deep-link source and one-time sign-in links for a browser.

Revision ID: e8a3c51f0b27
Revises: 349e62f7f010
Create Date: 2026-12-06 18:40:00+00:00

``users.source`` keeps the payload of the first non-invite /start (a channel post, an ad), for
the consultancy's funnel by source; existing users have none. ``dashboard_sign_ins`` holds the
short-lived one-time links a consultant can ask for to open the dashboard in a desktop browser.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e8a3c51f0b27"
down_revision: str | Sequence[str] | None = "349e62f7f010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=64), nullable=True))
    op.create_table(
        "dashboard_sign_ins",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_dashboard_sign_ins_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_dashboard_sign_ins")),
    )
    with op.batch_alter_table("dashboard_sign_ins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dashboard_sign_ins_user_id"), ["user_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("dashboard_sign_ins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dashboard_sign_ins_user_id"))
    op.drop_table("dashboard_sign_ins")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("source")
