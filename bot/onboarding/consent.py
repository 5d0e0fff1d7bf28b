"""The data notice: its version and the filter that lets only consenting users past."""

from typing import Any

from aiogram.filters import Filter
from aiogram.types import InlineKeyboardMarkup, TelegramObject

from bot.db.models import User
from bot.i18n import Translator
from bot.onboarding.callbacks import ConsentCb
from bot.telegram.callbacks import MenuCb
from bot.telegram.keyboards import inline

# Bump when the wording of `consent-notice` changes in meaning: users are asked again.
CONSENT_VERSION = 1


def has_current_consent(user: User | None) -> bool:
    return user is not None and user.consent_version == CONSENT_VERSION


class ConsentGiven(Filter):
    """Passes when the user has accepted the current data notice."""

    async def __call__(
        self, event: TelegramObject, user: User | None = None
    ) -> bool | dict[str, Any]:
        return has_current_consent(user)


def notice_text(t: Translator) -> str:
    return t("consent-notice", version=CONSENT_VERSION)


def consent_keyboard(t: Translator) -> InlineKeyboardMarkup:
    """Just the consent button: under the details, so nobody has to scroll back to the notice."""
    return inline([[(t("btn-consent"), ConsentCb(version=CONSENT_VERSION))]])


def notice_keyboard(t: Translator) -> InlineKeyboardMarkup:
    consent = (t("btn-consent"), ConsentCb(version=CONSENT_VERSION))
    return inline([[consent], [(t("btn-privacy"), MenuCb(action="privacy"))]])
