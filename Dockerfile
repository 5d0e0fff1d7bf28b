# syntax=docker/dockerfile:1
# vp-coach: multi-stage build; the runtime image runs as a non-root user, keeps its SQLite
# database on a volume, applies migrations and then starts the bot (long polling).

FROM python:3.11-slim AS builder
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN pip install --no-cache-dir "uv==0.13.9"
WORKDIR /app
# Dependencies first, so code changes don't invalidate this layer.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --locked --no-dev --no-install-project

FROM python:3.11-slim AS runtime
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH="/app/.venv/bin:$PATH" \
    PYTHONPATH=/app \
    DATABASE_URL="sqlite+aiosqlite:////app/data/vp-coach.db"
RUN groupadd --system --gid 10001 vpcoach \
    && useradd --system --uid 10001 --gid vpcoach --home-dir /app --no-create-home vpcoach
WORKDIR /app
COPY --from=builder /app/.venv /app/.venv
# The code, and the migrations that must sit next to it (bot/db/migrate.py looks there).
COPY bot ./bot
COPY migrations ./migrations
COPY alembic.ini ./
RUN mkdir -p /app/data && chown vpcoach:vpcoach /app/data
USER vpcoach
VOLUME ["/app/data"]
# Webhook mode (WEBHOOK_URL set) listens here: the webhook, /healthz and /metrics.
EXPOSE 8080
CMD ["sh", "-c", "python -m bot db upgrade && exec python -m bot run"]
