"""Prometheus metrics of one bot process (its own registry, so tests can build many apps)."""

import time
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
)
from aiogram.exceptions import TelegramAPIError
from aiogram.types import TelegramObject, Update
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from bot.telegram.request_types import Handler, Method, Next, Reply, T


class Metrics:
    """The counters the bot exposes on /metrics."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "vpcoach_updates_total", "Updates received, by type", ["type"], registry=self.registry
        )
        self.handler_seconds = Histogram(
            "vpcoach_handler_seconds",
            "Time to handle one update",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.errors = Counter(
            "vpcoach_errors_total", "Updates whose handling raised", registry=self.registry
        )
        self.api_calls = Counter(
            "vpcoach_bot_api_calls_total",
            "Bot API calls by method and outcome",
            ["method", "status"],
            registry=self.registry,
        )
        self.reminders_sent = Counter(
            "vpcoach_reminders_sent_total", "Reminders delivered", registry=self.registry
        )
        self.reminders_failed = Counter(
            "vpcoach_reminders_failed_total", "Reminders given up on", registry=self.registry
        )
        self.reminders_pending = Gauge(
            "vpcoach_reminders_pending", "Reminders waiting to be sent", registry=self.registry
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)


class UpdateMetricsMiddleware(BaseMiddleware):
    """Counts updates by type and times their handling."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if isinstance(event, Update):
            self.metrics.updates.labels(event.event_type).inc()
        started = time.perf_counter()
        try:
            return await handler(event, data)
        except Exception:
            self.metrics.errors.inc()
            raise
        finally:
            self.metrics.handler_seconds.observe(time.perf_counter() - started)


class ApiCallMetrics(BaseRequestMiddleware):
    """Counts Bot API calls by method and by outcome (ok or the error's class)."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    async def __call__(self, make_request: Next[T], bot: Bot, method: Method[T]) -> Reply[T]:
        name = type(method).__api_method__
        try:
            response = await make_request(bot, method)
        except TelegramAPIError as error:
            self.metrics.api_calls.labels(name, type(error).__name__).inc()
            raise
        self.metrics.api_calls.labels(name, "ok").inc()
        return response
