"""One row per real-world event, however many articles report it.

Facts about the same coach, squad and event type are the same event when their dates agree
within the coarser precision, or when one of them is undated and was published after the
other's date. Two facts of one article are always distinct events (a caretaker made
permanent, a coach sacked twice in a season), as DESIGN.md states.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pipeline.ids import stable_id
from pipeline.reconcile.common import (
    Evidence,
    first_reported,
    known_date,
    n_origins,
    pooled_confidence,
    precision_rank,
    same_moment,
)


@dataclass
class _Cluster:
    members: list[Evidence] = field(default_factory=list)

    @property
    def dated(self) -> list[Evidence]:
        return [m for m in self.members if m.get("event_date") is not None]

    def best_dated(self) -> Evidence | None:
        dated = self.dated
        return (
            min(dated, key=lambda m: (precision_rank(m.get("date_precision")), m["event_date"]))
            if dated
            else None
        )

    def has_article(self, article_id: str | None) -> bool:
        return article_id is not None and any(m.get("article_id") == article_id for m in self.members)

    def accepts(self, ev: Evidence) -> bool:
        if self.has_article(ev.get("article_id")):
            return False
        anchor = self.best_dated()
        if ev.get("event_date") is None or anchor is None:
            return True
        return same_moment(
            ev["event_date"],
            ev.get("date_precision"),
            anchor["event_date"],
            anchor.get("date_precision"),
        )


def cluster_events(evidence: list[Evidence]) -> tuple[list[dict], dict[str, str]]:
    """Event rows for `core.events`, and evidence_id → event_id."""
    groups: dict[tuple, list[Evidence]] = defaultdict(list)
    for ev in evidence:
        if ev.get("event") and ev.get("evidence_kind") == "article":
            groups[(ev["coach_id"], ev["squad_id"], ev["event"])].append(ev)
    events, event_of = [], {}
    for key in sorted(groups):
        for cluster in _clusters(groups[key]):
            row = _event_row(key, cluster)
            events.append(row)
            event_of.update({m["evidence_id"]: row["event_id"] for m in cluster.members})
    return events, event_of


def _clusters(items: list[Evidence]) -> list[_Cluster]:
    # Dated facts first, most precise first, so undated ones join the cluster they follow.
    ordered = sorted(
        items,
        key=lambda e: (
            e.get("event_date") is None,
            e.get("event_date") or known_date(e) or e["evidence_id"],
            precision_rank(e.get("date_precision")),
            e["evidence_id"],
        ),
    )
    clusters: list[_Cluster] = []
    for ev in ordered:
        target = _pick(clusters, ev)
        if target is None:
            target = _Cluster()
            clusters.append(target)
        target.members.append(ev)
    return clusters


def _pick(clusters: list[_Cluster], ev: Evidence) -> _Cluster | None:
    candidates = [c for c in clusters if c.accepts(ev)]
    if ev.get("event_date") is not None or len(candidates) <= 1:
        return candidates[0] if candidates else None
    # Undated: the latest event dated on or before the report, else the earliest one.
    seen = known_date(ev)
    before = [c for c in candidates if (b := c.best_dated()) and seen and b["event_date"] <= seen]
    return before[-1] if before else candidates[0]


def _event_row(key: tuple, cluster: _Cluster) -> dict:
    coach_id, squad_id, event = key
    members = cluster.members
    anchor = cluster.best_dated()
    roles = Counter(m.get("role") for m in members)
    return {
        "event_id": stable_id("ev", coach_id, squad_id, event, min(m["evidence_id"] for m in members)),
        "event": event,
        "coach_id": coach_id,
        "squad_id": squad_id,
        "role": max(sorted(r for r in roles if r), key=lambda r: roles[r], default=None),
        "event_date": anchor["event_date"] if anchor else None,
        "date_precision": anchor.get("date_precision") if anchor else None,
        "confidence": pooled_confidence(members),
        "n_sources": n_origins(members),
        "first_reported_at": first_reported(members),
    }
