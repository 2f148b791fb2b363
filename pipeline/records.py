"""Plain records passed between the readers, the extractor and the warehouse shell."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file, a feed or a page."""

    id: str
    text: str
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime, as the source gave it
    title: str | None = None
    url: str | None = None
    source: str = "news"
    source_ref: str = ""  # file and line, or URL

    def to_row(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input record that could not be used, with the reason why."""

    source: str
    source_ref: str
    reason: str
    record: str = ""  # the offending record (truncated), or empty when unreadable
    seen_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @classmethod
    def of(cls, source: str, source_ref: str, reason: str, record: Any = "") -> Quarantined:
        if not isinstance(record, str):
            record = json.dumps(record, ensure_ascii=False, default=str)
        return cls(source, source_ref, reason, record[:2000])

    def to_row(self) -> dict[str, Any]:
        return asdict(self)
