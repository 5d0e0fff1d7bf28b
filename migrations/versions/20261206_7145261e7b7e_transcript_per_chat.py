"""Transcript lines filed under the chat they happened in; a button press stored as its label.

Revision ID: 7145261e7b7e
Revises: 13ba04f91636
Create Date: 2026-12-06 15:40:00+00:00

Until this revision every message the bot sent while handling an update was filed under the
person who sent the update, whatever chat it went to, and a button press was stored as
"label [callback data]". This revision adds ``transcript.callback_data`` and fixes old rows:

1. Presses: ``text`` becomes the label alone (NULL when the label was not found, stored as
   "[data]") and the data moves to ``callback_data``.
2. Lines sent to another person are moved to them. The bot's lines carry no chat, but only a
   few handlers ever messaged another chat, always with the texts matched below (their wording,
   Russian and English, has not changed since they were written); every other line went to the
   sender of the update and stays. Only lines written while handling an update are considered
   (reminders were always filed under their recipient).
   - Founder → consultant: "… connected to you", "… disconnected from you", "… finished the
     value proposition", "… logged an interview", and a session request with the card that
     follows it (text parts and image). The consultant is the creator of the client invite of
     the founder's latest accepted invite press that took effect ("lk1:accept:<invite id>"
     followed by a message in the same update), else the founder's current consultant.
   - Consultant → client: "Message from your consultant …" goes to the client of the
     consultant's latest "cs1:reply:<user id>" press; "… removed you from their client list"
     to the client of the same update's "cs1:unlinkok:<user id>" press.
   A moved line loses its dialogue and step (they were the sender's, not the recipient's).

What cannot be recovered: a line recognised as sent to someone else whose recipient cannot be
found this way (the invite or the press is gone, the founder is no longer linked), no longer
exists, or never accepted the data notice is deleted: the person it was filed under never saw
it, and the recipient's transcript may not hold it. Downgrade restores "label [data]" texts but
leaves moved lines with their recipients.
"""

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "7145261e7b7e"
down_revision: str | Sequence[str] | None = "13ba04f91636"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

transcript = sa.table(
    "transcript",
    sa.column("id", sa.Integer),
    sa.column("user_id", sa.BigInteger),
    sa.column("direction", sa.String),
    sa.column("kind", sa.String),
    sa.column("text", sa.Text),
    sa.column("dialogue", sa.String),
    sa.column("step", sa.String),
    sa.column("update_id", sa.BigInteger),
    sa.column("callback_data", sa.String),
)
users = sa.table(
    "users",
    sa.column("id", sa.BigInteger),
    sa.column("consent_version", sa.Integer),
    sa.column("consultant_id", sa.BigInteger),
)
invites = sa.table(
    "invites", sa.column("id", sa.Integer), sa.column("created_by"), sa.column("kind")
)

PRESS = re.compile(r"(?:(.*) )?\[([^\[\]]*)\]", re.DOTALL)
LINKED = re.compile(r"🤝 .+ (?:подключился к вам как клиент|connected to you as a client)\.")
TO_CONSULTANT = re.compile(
    r".+ (?:отключился от вас|disconnected from you)\."
    r"|✅ .+ (?:завершил ЦП «.*»\. Посмотреть — /clients"
    r"|finished the value proposition “.*”\. See /clients)\."
    r"|🎤 .+ (?:записал интервью с «.*» по ЦП «.*»: \d+ из \d+"
    r"|logged an interview with “.*” for “.*”: \d+ of \d+)\.",
    re.DOTALL,
)
SESSION_REQUEST = re.compile(
    r"📅 <b>.+</b> \(.+\) (?:просит разбор ЦП «.*»\. Карточка ниже"
    r"|asks for a review of “.*”\. The card is below)\.",
    re.DOTALL,
)
REPLY = re.compile(
    r"💬 <b>(?:Сообщение от трекера|Message from your consultant) .+:</b>\n.*", re.DOTALL
)
UNLINKED_BY_CONSULTANT = frozenset(
    {
        "Трекер отключил вас от своего списка клиентов. Ваши ответы остаются у вас.",
        "Your consultant removed you from their client list. Your answers stay with you.",
    }
)
ACCEPT = re.compile(r"lk1:accept:(\d+)")
REPLY_PRESS = re.compile(r"cs1:reply:(\d+)(?::.*)?")  # CsCb packs an empty value as ":"
UNLINK_PRESS = re.compile(r"cs1:unlinkok:(\d+)(?::.*)?")

Missing = object()  # recognised as another person's line, recipient unknown


class Refiler:
    """Walks one user's lines in order and says where each of the bot's lines belongs."""

    def __init__(self, consultant_now: int | None, invites: dict[int, Any]) -> None:
        self.consultant_now = consultant_now
        self.invites = invites
        self.consultant: int | None = None  # from the latest accepted invite, when known
        self.accepting: tuple[int, int] | None = None  # (update id, invite's creator)
        self.reply_to: int | None = None
        self.unlinking: tuple[int, int] | None = None  # (update id, client)
        self.card_update: int | None = None  # a session request's card is being sent

    def press(self, update_id: int | None, data: str) -> None:
        if update_id is None:
            return
        if (match := ACCEPT.fullmatch(data)) is not None:
            invite = self.invites.get(int(match[1]))
            if invite is not None and invite.kind == "client":
                self.accepting = (update_id, invite.created_by)
        elif (match := REPLY_PRESS.fullmatch(data)) is not None:
            self.reply_to = int(match[1])
        elif (match := UNLINK_PRESS.fullmatch(data)) is not None:
            self.unlinking = (update_id, int(match[1]))

    def _consultant(self) -> int | None:
        return self.consultant if self.consultant is not None else self.consultant_now

    def target(self, update_id: int, kind: str, text: str) -> object:
        """Whom an outgoing line went to: a user id, Missing, or None (the sender: keep)."""
        if self.accepting is not None and self.accepting[0] == update_id and kind == "text":
            self.consultant, self.accepting = self.accepting[1], None  # the link took effect
        if self.card_update == update_id:
            if kind == "photo":
                self.card_update = None  # the card image ends what went to the consultant
            return self._consultant() or Missing
        if LINKED.fullmatch(text) or TO_CONSULTANT.fullmatch(text):
            return self._consultant() or Missing
        if SESSION_REQUEST.fullmatch(text):
            self.card_update = update_id
            return self._consultant() or Missing
        if REPLY.fullmatch(text):
            return self.reply_to or Missing
        if text in UNLINKED_BY_CONSULTANT:
            unlinking = self.unlinking
            return unlinking[1] if unlinking and unlinking[0] == update_id else Missing
        return None


def _split_presses(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.select(transcript.c.id, transcript.c.text).where(transcript.c.kind == "callback")
    ).all()
    changes = []
    for row in rows:
        match = PRESS.fullmatch(row.text or "")
        if match is not None:
            changes.append({"row_id": row.id, "label": match[1], "data": match[2]})
    if changes:
        bind.execute(
            transcript.update()
            .where(transcript.c.id == sa.bindparam("row_id"))
            .values(text=sa.bindparam("label"), callback_data=sa.bindparam("data")),
            changes,
        )


def _refile(bind: sa.Connection) -> None:
    people = {row.id: row for row in bind.execute(sa.select(users)).all()}
    known_invites = {row.id: row for row in bind.execute(sa.select(invites)).all()}
    moves: list[dict[str, int]] = []
    gone: list[dict[str, int]] = []
    owners = bind.execute(sa.select(transcript.c.user_id).distinct()).scalars().all()
    for owner in owners:
        person = people.get(owner)
        walker = Refiler(person.consultant_id if person else None, known_invites)
        lines = bind.execute(
            sa.select(transcript).where(transcript.c.user_id == owner).order_by(transcript.c.id)
        ).all()
        for line in lines:
            if line.direction == "in":
                if line.kind == "callback" and line.callback_data:
                    walker.press(line.update_id, line.callback_data)
                continue
            if line.update_id is None:
                continue
            target = walker.target(line.update_id, line.kind, line.text or "")
            if target is None or target == owner:
                continue
            recipient = people.get(target) if isinstance(target, int) else None
            if recipient is None or recipient.consent_version is None:
                gone.append({"row_id": line.id})
            else:
                moves.append({"row_id": line.id, "target": recipient.id})
    by_id = transcript.c.id == sa.bindparam("row_id")
    if moves:
        bind.execute(
            transcript.update()
            .where(by_id)
            .values(user_id=sa.bindparam("target"), dialogue=None, step=None),
            moves,
        )
    if gone:
        bind.execute(transcript.delete().where(by_id), gone)


def upgrade() -> None:
    with op.batch_alter_table("transcript", schema=None) as batch_op:
        batch_op.add_column(sa.Column("callback_data", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    _split_presses(bind)
    _refile(bind)


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(transcript.c.id, transcript.c.text, transcript.c.callback_data).where(
            transcript.c.callback_data.is_not(None)
        )
    ).all()
    restored = [
        {"row_id": row.id, "joined": f"{row.text or ''} [{row.callback_data}]".lstrip()}
        for row in rows
    ]
    if restored:
        bind.execute(
            transcript.update()
            .where(transcript.c.id == sa.bindparam("row_id"))
            .values(text=sa.bindparam("joined")),
            restored,
        )
    with op.batch_alter_table("transcript", schema=None) as batch_op:
        batch_op.drop_column("callback_data")
