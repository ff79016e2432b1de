"""Service settings: environment variables with the `PRESSNER_` prefix, overridden by
`pressner serve` flags (which it passes on to its workers through the same variables, so
every worker process reads one configuration).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PRESSNER_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    workers: int = Field(1, ge=1, le=64)
    threads: int = Field(1, ge=1, le=64, description=(
        "Extractions run at once per worker. Extraction holds the GIL, so a second thread "
        "only adds contention with the event loop (measured: 1.0 ms more CPU per request "
        "with 2 threads than with 1); use more workers instead. The rest of the requests "
        "queue."))
    keepalive_requests: int = Field(16, ge=0, description=(
        "With several workers, close a keep-alive connection after this many requests so "
        "that clients reconnect to the least busy worker (api/recycle.py); 0: never."))
    profile: Literal["accurate", "fast"] = Field("accurate", description=(
        "Default profile: accurate (rules + learned recogniser) or fast (rules only); a "
        "request may name another."))
    max_text_chars: int = Field(1_000_000, ge=1)
    max_body_bytes: int = Field(8_000_000, ge=1, description=(
        "Largest request body (and largest NDJSON line for /v1/annotate). A 1,000,000-"
        "character Chinese text is about 3 MB as UTF-8 JSON, 6 MB with \\u escapes."))
    max_batch_documents: int = Field(100, ge=1)
    annotate_batch: int = Field(16, ge=1, le=1000, description="NDJSON lines extracted together.")
    api_key: SecretStr | None = None
    cors_origins: Annotated[list[str], NoDecode] = []
    log_level: str = "info"
    kb: str | None = Field(None, description=(
        "Knowledge base for /v1/kb: a SQLite file from `pressner kb build` or a database URL; "
        "opened read-only."))

    @field_validator("cors_origins", mode="before")
    @classmethod
    def comma_list(cls, v: object) -> object:
        """`PRESSNER_CORS_ORIGINS=https://a.example,https://b.example` (or a JSON list)."""
        if isinstance(v, str):
            v = v.strip()
            if v.startswith("["):
                import json

                return json.loads(v)
            return [s.strip() for s in v.split(",") if s.strip()]
        return v

    @field_validator("api_key", mode="before")
    @classmethod
    def empty_is_none(cls, v: object) -> object:
        return None if v in ("", None) else v

    def limits(self) -> dict[str, int]:
        return {"max_text_chars": self.max_text_chars, "max_body_bytes": self.max_body_bytes,
                "max_batch_documents": self.max_batch_documents}
