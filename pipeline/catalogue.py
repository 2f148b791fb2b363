"""The warehouse's published tables, in one place: the Dagster assets, the checks, the
extracts and the CLI all read this list."""

from __future__ import annotations

from pipeline.publish.extracts import ExtractSpec

CORE_TABLES: dict[str, str] = {
    "coaches": "One row per person across all sources and the news.",
    "coach_source_ids": "Every source identifier of a coach, with the match method and score.",
    "clubs": "Clubs and national teams.",
    "squads": "A club's team at one level: first team, reserve, U19, women, national, ...",
    "evidence": "Every supporting record: article sentence, match-sheet spell, roster row.",
    "events": "One row per real-world event, however many articles report it.",
    "tenures": "Who held which post from when to when, and since when we know it.",
}

# mart → (description, upstream tables beyond core tenures/coaches/squads/clubs)
MARTS: dict[str, tuple[str, list[str]]] = {
    "current_staff": ("Every squad's current head coach and staff, since when, days in post.", []),
    "coach_careers": ("Each coach's spells in order: club, squad, role, length, how it ended.", []),
    "managerial_changes": (
        "Per club and season: head-coach changes, sackings, caretakers, average spell length.",
        ["core.events"],
    ),
    "tenure_stats": ("Spell lengths by country, squad level and role.", []),
    "rumours": ("Every offer, approach and link, and what came of it.", ["core.events"]),
    "source_reliability": (
        "Per outlet: how many of the offers and links it reported came true.",
        ["marts.rumours", "core.evidence", "raw.news_articles"],
    ),
}

CORE_QUALIFIED = [f"core.{name}" for name in CORE_TABLES]
CHECKED_NON_BLOCKING = ["quality.quarantine", *(f"marts.{name}" for name in MARTS)]

# Tenures are hive-partitioned by country: most readers want one country's history.
TENURES_BY_COUNTRY = """
select tenures.*, coalesce(clubs.country, 'unknown') as country
from core.tenures as tenures
join core.squads as squads using (squad_id)
join core.clubs as clubs on clubs.club_id = squads.club_id
"""

EXTRACTS: list[ExtractSpec] = [
    ExtractSpec(t, partition_by=("country",), query=TENURES_BY_COUNTRY)
    if t == "core.tenures"
    else ExtractSpec(t)
    for t in [*CORE_QUALIFIED, *CHECKED_NON_BLOCKING]
]
