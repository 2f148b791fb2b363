"""Shared helpers for reconciliation: date precision, confidence pooling, knowledge time."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

Evidence = dict[str, Any]  # a resolved core.evidence row (see sql/core/evidence.sql)

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
# How far apart two dates of a precision may be and still be the same moment, in days.
PRECISION_TOLERANCE = {"day": 3, "week": 10, "month": 45, "season": 200, "year": 370}

END_EVENTS = frozenset({"dismissed", "resigned", "left"})
START_EVENTS = frozenset({"appointed"})
SUPPORT_EVENTS = frozenset({"in_charge", "extended"})
TENURE_EVENTS = START_EVENTS | END_EVENTS | SUPPORT_EVENTS
HEAD_ROLES = frozenset({"head_coach", "caretaker"})


def precision_rank(precision: str | None) -> int:
    return PRECISION_RANK.get(precision or "", 5)


def tolerance_days(*precisions: str | None) -> int:
    return max(PRECISION_TOLERANCE.get(p or "", 370) for p in precisions)


def same_moment(a: date, pa: str | None, b: date, pb: str | None) -> bool:
    return abs((a - b).days) <= tolerance_days(pa, pb)


def pooled_confidence(evidence: Iterable[Evidence]) -> float:
    """Noisy-OR over independent origins: each origin counts once, with its best confidence."""
    best: dict[str, float] = {}
    for ev in evidence:
        origin = origin_of(ev)
        best[origin] = max(best.get(origin, 0.0), float(ev.get("confidence") or 0.0))
    doubt = 1.0
    for c in best.values():
        doubt *= 1.0 - min(max(c, 0.0), 1.0)
    return round(min(1.0 - doubt, 0.99), 4)


def origin_of(ev: Evidence) -> str:
    """One independent origin: an article, or a structured source."""
    return f"{ev['source']}|{ev.get('article_id') or ''}" if ev.get("article_id") else ev["source"]


def n_origins(evidence: Iterable[Evidence]) -> int:
    return len({origin_of(ev) for ev in evidence})


def first_reported(evidence: Iterable[Evidence]) -> datetime | None:
    times = [ev["published_at"] for ev in evidence if ev.get("published_at") is not None]
    return min(times) if times else None


def known_date(ev: Evidence) -> date | None:
    """The day by which the evidence was public (its publication day)."""
    published = ev.get("published_at")
    return published.date() if isinstance(published, datetime) else published
