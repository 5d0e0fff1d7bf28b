"""Fault injection: planned errors for the next calls, and an optional per-chat rate limit."""

from dataclasses import dataclass

from tests.fakebotapi.errors import ApiError, default_error

# Methods that put a new message into a chat (what per-chat flood limits count).
SEND_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendSticker",
        "sendVoice",
        "sendAudio",
        "sendVideo",
        "sendAnimation",
        "sendMediaGroup",
        "sendLocation",
        "sendContact",
        "copyMessage",
        "forwardMessage",
    }
)


@dataclass
class PlannedFault:
    method: str  # canonical method name, or "*" for any method except getUpdates
    error: ApiError
    remaining: int
    chat_id: int | None = None

    def matches(self, method: str, chat_id: object) -> bool:
        if self.method == "*":
            if method == "getUpdates":
                return False
        elif self.method.lower() != method.lower():
            return False
        return self.chat_id is None or str(self.chat_id) == str(chat_id)


@dataclass(frozen=True)
class RateLimit:
    max_sends: int
    window: float
    retry_after: int


class FaultPlan:
    def __init__(self) -> None:
        self.planned: list[PlannedFault] = []
        self.rate_limit: RateLimit | None = None

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int = 1,
        count: int = 1,
        description: str | None = None,
        body: str | None = None,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``count`` calls of ``method`` ("*" = any but getUpdates) fail.

        429 -> "Too Many Requests: retry after N" with parameters.retry_after; 403 -> "Forbidden:
        bot was blocked by the user"; 5xx -> "Internal Server Error"/"Bad Gateway". ``body``
        replaces the JSON (e.g. an HTML 502 page from a proxy). ``chat_id`` limits it to one
        chat.
        """
        error = default_error(status, retry_after)
        if description is not None:
            error.description = description
        error.body = body
        error.simulated = True
        self.planned.append(PlannedFault(method, error, count, chat_id))

    def take(self, method: str, chat_id: object) -> ApiError | None:
        """The planned error for this call, if any (consumes one occurrence)."""
        for fault in self.planned:
            if fault.remaining > 0 and fault.matches(method, chat_id):
                fault.remaining -= 1
                return fault.error
        return None

    def check_rate(self, method: str, send_times: list[float], now: float) -> ApiError | None:
        """429 when this send would exceed the configured per-chat rate."""
        limit = self.rate_limit
        if limit is None or method not in SEND_METHODS:
            return None
        recent = [t for t in send_times if now - t < limit.window]
        if len(recent) >= limit.max_sends:
            error = default_error(429, limit.retry_after)
            error.simulated = True
            return error
        return None


def max_in_window(times: list[float], window: float) -> int:
    """Largest number of timestamps inside any half-open interval of ``window`` seconds."""
    best = 0
    start = 0
    for end, moment in enumerate(times):
        while moment - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best
