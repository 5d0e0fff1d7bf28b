"""Bot API error responses, worded the way Telegram words them."""

from typing import Any

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
BLOCKED_BY_USER = "Forbidden: bot was blocked by the user"
POLLING_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)

DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: BLOCKED_BY_USER,
    404: "Not Found",
    409: POLLING_CONFLICT,
    413: "Request Entity Too Large",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class ApiError(Exception):
    """An error the fake server answers with instead of a result."""

    def __init__(
        self,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        body: str | None = None,
        simulated: bool = False,
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after
        self.body = body  # raw response body instead of the JSON error (e.g. an nginx 502 page)
        # Caused on purpose by the test scenario (fail_next, rate limit, blocked user), so not
        # a mistake of the bot.
        self.simulated = simulated

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            data["parameters"] = {"retry_after": self.retry_after}
        return data


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


def default_error(status: int, retry_after: int = 1) -> ApiError:
    if status == 429:
        return too_many_requests(retry_after)
    return ApiError(status, DEFAULT_DESCRIPTIONS.get(status, f"Error {status}"))
