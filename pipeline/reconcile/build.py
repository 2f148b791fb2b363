"""From evidence candidates (article facts and structured spells) to the core tables.

Resolves every coach and club mention to one identity, then clusters events and reconciles
tenures. Plain Python over lists of dicts: the Dagster asset reads the candidates from
DuckDB and writes the returned tables back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.identity.clubs import ClubMention, resolve_clubs, squad_id, squad_name
from pipeline.identity.coaches import CoachMention, resolve_coaches
from pipeline.ids import stable_id
from pipeline.reconcile.events import cluster_events
from pipeline.reconcile.tenures import build_tenures

Row = dict[str, Any]


@dataclass
class CoreTables:
    coaches: list[Row]
    coach_source_ids: list[Row]
    clubs: list[Row]
    squads: list[Row]
    evidence: list[Row]
    events: list[Row]
    tenures: list[Row]


def build_core(candidates: list[Row]) -> CoreTables:
    coach_mentions = [_coach_mention(c) for c in candidates]
    coaches = resolve_coaches(coach_mentions)
    clubs = resolve_clubs(_club_mention(c) for c in candidates)
    club_names = {row["club_id"]: row["name"] for row in clubs.clubs}

    evidence, squads = [], {}
    for cand, mention in zip(candidates, coach_mentions, strict=True):
        club_id = clubs.club_id_for(cand["club_name"], cand.get("country"))
        level = cand["squad"]
        sq_id = squad_id(club_id, level)
        squads[sq_id] = {
            "squad_id": sq_id,
            "club_id": club_id,
            "level": level,
            "name": squad_name(club_names[club_id], level),
        }
        evidence.append(_evidence_row(cand, coaches.coach_id_for(mention), sq_id))

    events, event_of = cluster_events(evidence)
    tenures, tenure_of = build_tenures(evidence)
    for row in evidence:
        row["event_id"] = event_of.get(row["evidence_id"])
        row["tenure_id"] = tenure_of.get(row["evidence_id"])
    return CoreTables(
        coaches=coaches.coaches,
        # News mentions carry no source id; only real identifiers are recorded.
        coach_source_ids=[row for row in coaches.source_ids if row.get("source_id")],
        clubs=clubs.clubs,
        squads=sorted(squads.values(), key=lambda r: r["squad_id"]),
        evidence=sorted(evidence, key=lambda r: r["evidence_id"]),
        events=events,
        tenures=tenures,
    )


def _coach_mention(c: Row) -> CoachMention:
    return CoachMention(
        source=c["source"],
        name=c["coach_name"],
        known_as=c.get("coach_known_as"),
        source_id=c.get("coach_source_id"),
        birth_date=c.get("coach_birth_date"),
        nationality=c.get("coach_nationality"),
    )


def _club_mention(c: Row) -> ClubMention:
    return ClubMention(
        source=c["source"],
        name=c["club_name"],
        country=c.get("country"),
        source_id=c.get("club_source_id"),
    )


def _evidence_row(c: Row, coach_id: str, sq_id: str) -> Row:
    # An article's facts are told apart by their position; a spell by its source_ref.
    evidence_id = stable_id(
        "evd",
        c["source"],
        c["source_ref"],
        c.get("fact_index"),
        c["coach_name"],
        c["club_name"],
        c["squad"],
        c["role"],
        c["event"],
        c.get("event_date"),
    )
    return {
        "evidence_id": evidence_id,
        "evidence_kind": c["evidence_kind"],
        "source": c["source"],
        "source_ref": c["source_ref"],
        "article_id": c.get("article_id"),
        "coach_id": coach_id,
        "squad_id": sq_id,
        "squad_level": c["squad"],  # for reconciliation only; core.evidence keeps squad_id
        "role": c["role"],
        "event": c["event"],
        "event_date": c.get("event_date"),
        "date_precision": c.get("date_precision"),
        "end_date": c.get("end_date"),
        "end_precision": c.get("end_precision"),
        "end_basis": c.get("end_basis"),
        "confidence": c["confidence"],
        "published_at": c.get("published_at"),
        "text": c.get("text"),
        "char_start": c.get("char_start"),
        "char_end": c.get("char_end"),
    }
