"""What the coaching dialogue tests need in both languages: texts to type, buttons, lookups."""

import re
from dataclasses import dataclass

from sqlalchemy import select

from bot.db.models import AnswerRevision
from bot.i18n import I18n, Translator
from bot.value_prop.examples import example_text_key
from bot.value_prop.questions import Field
from tests.e2e.harness import GOOD_EN, GOOD_RU, BotRunner, Founder

I18N = I18n()


@dataclass(frozen=True)
class Lang:
    code: str
    good: dict[str, str]
    question_back: str
    dont_know: str
    help: str
    back: str
    vague_segment: str
    vaguer_segment: str
    vague_problem: str
    dental_segment: str
    question_n: str  # "Вопрос {n} из 5"
    example: str  # the caption before an example
    keep: str
    cancel_edit: str
    skip: str
    confirm: str
    review: str
    edit_segment: str
    sharpen: str
    skipped: str

    @property
    def t(self) -> Translator:
        return I18N.get(self.code)

    def q(self, n: int) -> str:
        return self.question_n.format(n=n)

    def example_text(self, example_id: str, field: Field) -> str:
        return self.t(example_text_key(example_id, field))


RU = Lang(
    code="ru",
    good=GOOD_RU,
    question_back="а что сюда писать? можно пример?",
    dont_know="не знаю",
    help="помощь",
    back="назад",
    vague_segment="все",
    vaguer_segment="малый бизнес",
    vague_problem="Нам нужен сайт <b>срочно</b> & CRM",
    dental_segment="Стоматологические клиники Казани с 2–5 креслами",
    question_n="Вопрос {n} из 5",
    example="Пример:",
    keep="Оставить как есть",
    cancel_edit="Отменить правку",
    skip="Пропустить",
    confirm="Всё верно",
    review="Проверьте ЦП",
    edit_segment="1. Сегмент",
    sharpen="доработать",
    skipped="пропущено",
)
EN = Lang(
    code="en",
    good=GOOD_EN,
    question_back="what should I write here? can I see an example?",
    dont_know="not sure yet",
    help="help",
    back="back",
    vague_segment="everyone",
    vaguer_segment="small businesses",
    vague_problem="We need a website <b>asap</b> & a CRM",
    dental_segment="Dental clinics in Kazan with 2-5 chairs",
    question_n="Question {n} of 5",
    example="Example:",
    keep="Keep it as it is",
    cancel_edit="Cancel the edit",
    skip="Skip",
    confirm="All correct",
    review="Check your value proposition",
    edit_segment="1. Segment",
    sharpen="to sharpen",
    skipped="skipped",
)
LANGS = {"ru": RU, "en": EN}


def shown_example(text: str, lang: Lang) -> str:
    """The example in a message: the paragraph after "Пример:" / "Example:"."""
    found = re.search(re.escape(lang.example) + r" (.+)", text)
    assert found is not None, text
    return found[1]


async def revisions(runner: BotRunner, field: str) -> list[AnswerRevision]:
    return await runner.rows(
        select(AnswerRevision).where(AnswerRevision.field == field).order_by(AnswerRevision.id)
    )


async def consent(founder: Founder, lang: Lang) -> None:
    """/start and accept the data notice, then name the proposition; ends at question 1."""
    await founder.say("/start", count=2)
    await founder.press("✅", count=2)
    [question] = await founder.say("Test VP")
    assert lang.q(1) in question.plain_text
