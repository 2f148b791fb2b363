"""Curated reference data: clubs and national teams with their aliases, coach nicknames.

The data lives in CSV files next to this module (see README.md there for provenance); this
module only loads and indexes it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.ids import fold

REFERENCE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class ClubRef:
    name: str  # canonical full name, e.g. "Atlético Madrid"
    country: str  # e.g. "Spain"; for national teams the country itself
    kind: str  # "club" or "national"
    squad: str | None = None  # set when the alias names a particular squad ("Castilla" → reserve)


@cache
def _club_index() -> dict[str, ClubRef]:
    index: dict[str, ClubRef] = {}
    with (REFERENCE_DIR / "clubs.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            ref = ClubRef(row["name"], row["country"], row["kind"])
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                index.setdefault(fold(alias), ref)
    return index


def lookup_club(name: str) -> ClubRef | None:
    """The reference club a name or alias stands for ('Atleti' → Atlético Madrid), or None."""
    return _club_index().get(fold(name))
