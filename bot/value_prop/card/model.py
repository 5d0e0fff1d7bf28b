"""The summary card of a value proposition as data, ready for the text and image renderers."""

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from bot.i18n import Gettext
from bot.value_prop.questions import FIELDS, Field, label_key


@dataclass(frozen=True)
class CardRow:
    """One answer of the card."""

    label: str  # already-localised label, e.g. "Сегмент"
    text: str | None  # the founder's answer exactly as typed; None = skipped
    status: str | None = None  # colours the badge: a synthesis status, e.g. "supported"
    badge: str | None = None  # localised short note beside the label, e.g. "подтверждена · 4/5"
    marker: str | None = None  # localised "доработать": kept by the founder despite coaching

    @property
    def skipped(self) -> bool:
        """No answer to show (None, or nothing but whitespace)."""
        return self.text is None or not self.text.strip()


@dataclass(frozen=True)
class CardData:
    """Everything a card shows; localised texts and user texts are kept apart for escaping."""

    title: str  # localised heading, e.g. "Ценностное предложение"
    name: str  # the VP's name, user text (e.g. "Кофейни Казани")
    founder: str  # founder's display name, user text
    rows: tuple[CardRow, ...]  # five rows in order
    skipped_text: str  # localised "пропущено" / "skipped"
    footer: str  # localised footer, e.g. "vp-coach · 26.11.2026"
    founder_label: str = ""  # localised caption before the founder's name, e.g. "Автор"
    progress: str | None = None  # localised progress line, e.g. "Интервью: 3 из 10"
    progress_share: float | None = None  # 0..1 drawn as a bar beside the progress; None = no bar
    cut_note: str = ""  # localised, drawn when an answer had to be cut: where the full text is
    # The key of the badge colours after interviews: (status, localised word) pairs.
    legend: tuple[tuple[str, str], ...] = ()
    version: str = ""  # localised version beside the title, e.g. "v2"; "" = not shown

    @property
    def founder_line(self) -> str:
        """Plain (unescaped) founder line: "Автор: Иван", or just the name without a caption."""
        if not self.founder.strip():
            return ""
        return f"{self.founder_label}: {self.founder}" if self.founder_label else self.founder


def build_card(
    t: Gettext,
    *,
    name: str,
    founder: str,
    answers: Mapping[Field, str | None],
    on: date,
    to_sharpen: Collection[Field] = (),
    version: int | None = None,
) -> CardData:
    """Assemble a card from the answers (missing fields count as skipped) and locale texts.

    ``to_sharpen`` are the fields the founder kept despite coaching; their rows are marked.
    ``version`` is shown beside the title when given.
    """
    marker = t("card-to-sharpen")
    rows = tuple(
        CardRow(
            label=t(label_key(field)),
            text=answers.get(field),
            marker=marker if field in to_sharpen and answers.get(field) else None,
        )
        for field in FIELDS
    )
    return CardData(
        title=t("card-title"),
        name=name,
        founder=founder,
        rows=rows,
        skipped_text=t("card-skipped"),
        footer=t("card-footer", date=on.strftime(t("card-date-format"))),
        founder_label=t("card-founder"),
        cut_note=t("card-cut-note"),
        version=t("card-version", version=version) if version is not None else "",
    )
