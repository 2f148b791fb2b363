"""Coach and club mentions of the staffing tables, ready for `resolve_coaches` / `resolve_clubs`."""

from __future__ import annotations

import duckdb

from pipeline.identity.clubs import ClubMention
from pipeline.identity.coaches import CoachMention

COACH_SQL = """
select distinct source, coach_name, coach_known_as, coach_source_id, coach_birth_date,
       coach_nationality
from staging.staff_spells
order by all
"""
CLUB_SQL = """
select distinct source, club_name, country, club_source_id
from staging.staff_spells
where club_name is not null
order by all
"""


def coach_mentions(con: duckdb.DuckDBPyConnection) -> list[CoachMention]:
    """One mention per distinct person description in staging.staff_spells."""
    return [
        CoachMention(source, name, known_as, source_id, birth_date, nationality)
        for source, name, known_as, source_id, birth_date, nationality in con.execute(COACH_SQL).fetchall()
    ]


def club_mentions(con: duckdb.DuckDBPyConnection) -> list[ClubMention]:
    return [
        ClubMention(source, name, country, source_id)
        for source, name, country, source_id in con.execute(CLUB_SQL).fetchall()
    ]
