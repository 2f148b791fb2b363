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


def _rows(filename: str) -> list[dict[str, str]]:
    with (REFERENCE_DIR / filename).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _split(cell: str | None) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


@cache
def club_refs() -> dict[str, ClubRef]:
    """Canonical club name → ClubRef."""
    return {r["name"]: ClubRef(r["name"], r["country"], r["kind"]) for r in _rows("clubs.csv")}


# countries whose press writes club nicknames in lower case ("los merengues", "i bianconeri", "o verdão")
_LOWERCASE_NICKNAME_COUNTRIES = frozenset(
    {"Spain", "Italy", "Portugal", "Brazil", "Argentina", "Mexico", "Uruguay", "Chile", "Colombia", "Peru"}
    | {"Paraguay", "Ecuador", "Bolivia", "Venezuela"}
)


@cache
def lowercase_nicknames() -> frozenset[str]:
    """One-word strong nicknames of those countries' clubs and national teams, in lower case
    ("merengues", "bianconeri", "canarinha"): translations of that press keep the lower case."""
    out = set()
    for row in _rows("clubs.csv"):
        if row["country"] not in _LOWERCASE_NICKNAME_COUNTRIES:
            continue
        weak = {fold(a) for a in _split(row.get("context_aliases"))}
        for alias in _split(row["aliases"]):
            if alias.isalpha() and len(alias) >= 5 and alias[0].isupper() and fold(alias) not in weak:
                out.add(alias.lower())
    return frozenset(out)


@cache
def _club_index() -> dict[str, ClubRef]:
    """Folded name or alias → ClubRef; squad aliases ('Castilla') carry their squad."""
    refs = club_refs()
    index: dict[str, ClubRef] = {}
    for row in _rows("clubs.csv"):
        ref = refs[row["name"]]
        # a name the row lists among its own context aliases ("Jordan", "Chad": given names) is
        # context-only; every other name is a strong alias
        weak = {fold(a) for a in _split(row.get("context_aliases"))}
        names = [row["name"]] if fold(row["name"]) not in weak else []
        for alias in [*names, *_split(row["aliases"])]:
            index.setdefault(fold(alias), ref)
    for row in _rows("grounds.csv"):  # "left La Romareda", "arrived at Anfield"
        base = refs.get(row["club"])
        if base is not None:
            index.setdefault(fold(row["ground"]), base)
    for row in _rows("squad_aliases.csv"):
        base = refs.get(row["club"])
        if base is not None:
            squad_ref = ClubRef(base.name, base.country, base.kind, row["squad"])
            index.setdefault(fold(row["alias"]), squad_ref)
    return index


@cache
def context_club_aliases() -> dict[str, ClubRef]:
    """Folded ambiguous alias ('United', 'Real', 'Chicago') → ClubRef.

    These name a club only when the article has already named that club unambiguously.
    """
    refs = club_refs()
    index: dict[str, ClubRef] = {}
    for row in _rows("clubs.csv"):
        for alias in _split(row.get("context_aliases")):
            index.setdefault(fold(alias), refs[row["name"]])
    return index


@cache
def context_club_owners() -> dict[str, tuple[ClubRef, ...]]:
    """Folded ambiguous alias → every club that lists it ('the canaries': Norwich City, FC Nantes,
    Fenerbahçe), in file order; the article's own clubs decide which one it means."""
    refs = club_refs()
    index: dict[str, tuple[ClubRef, ...]] = {}
    for row in _rows("clubs.csv"):
        for alias in [*_split(row.get("context_aliases")), *_last_word_nicknames(row["name"])]:
            ref = refs[row["name"]]
            if ref not in index.get(fold(alias), ()):
                index[fold(alias)] = (*index.get(fold(alias), ()), ref)
    return index


def _last_word_nicknames(name: str) -> list[str]:
    """'the Mariners' of Central Coast Mariners, 'the Jets' of Newcastle Jets: the press calls a club by the
    last word of its name; where another club wears that word as its nickname (Grimsby Town, 'the
    Mariners'), the article's own club decides which one it means."""
    words = name.split()
    last = words[-1] if len(words) > 1 else ""
    if not (last.isalpha() and last.endswith("s") and len(last) >= 5):
        return []
    return [f"The {last}", last] if fold(f"the {last}") in _club_index() else []


@cache
def country_club_names() -> dict[str, tuple[tuple[ClubRef, frozenset[str]], ...]]:
    """Country → each of its clubs with every folded name and alias it goes by, so that
    'Liverpool of Uruguay' or 'Al Hilal of Sudan' can be read as that country's club."""
    refs = club_refs()
    out: dict[str, list[tuple[ClubRef, frozenset[str]]]] = {}
    for row in _rows("clubs.csv"):
        ref = refs[row["name"]]
        if ref.kind != "club":
            continue
        names = {fold(a) for a in [row["name"], *_split(row["aliases"]), *_split(row.get("context_aliases"))]}
        out.setdefault(ref.country, []).append((ref, frozenset(names)))
    return {country: tuple(clubs) for country, clubs in out.items()}


@cache
def shared_strong_aliases() -> frozenset[str]:
    """Folded strong aliases that other rows list as context aliases ('the red devils': Manchester
    United's, and Al Ahly's in an Egyptian story): the club the article names among those
    others, else the strong owner."""
    index = _club_index()
    return frozenset(
        key
        for key, owners in context_club_owners().items()
        if key in index and any(o.name != index[key].name for o in owners)
    )


@cache
def former_club_names() -> dict[str, tuple[str, ...]]:
    """Canonical club → the names it has since dropped ('Shanghai Port': 'Shanghai SIPG', 'Shanghai
    East Asia'), each also a strong alias of its row: a story of those years names the club so
    (former_names.csv)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in _rows("former_names.csv"):
        out[row["club"]] = (*out.get(row["club"], ()), row["name"])
    return out


@cache
def club_name_forms() -> dict[str, tuple[str, ...]]:
    """Canonical club → the other names the press prints as the club's own name ('Rapid Vienna':
    'Rapid Wien'; 'Aalesunds FK': 'Aalesund'; 'Milton Keynes Dons': 'MK Dons'), each also a strong
    alias of its row: a story that names the club only so keeps that name (name_forms.csv)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in _rows("name_forms.csv"):
        out[row["club"]] = (*out.get(row["club"], ()), row["name"])
    return out


@cache
def clubless_squad_aliases() -> dict[str, str]:
    """Folded squad name used without a club ('Juvenil A') → squad code."""
    return {fold(r["alias"]): r["squad"] for r in _rows("squad_aliases.csv") if not r["club"]}


@cache
def mens_team_nicknames() -> frozenset[str]:
    """Folded nicknames of countries' senior men's teams ('the Black Stars', 'Socceroos', 'Atlas Lions'):
    the country's women's teams go by other names ('Black Queens', 'Matildas', 'Atlas Lionesses')."""
    return frozenset(fold(r["alias"]) for r in _rows("mens_team_nicknames.csv"))


@cache
def women_clubs() -> frozenset[str]:
    """Clubs whose only senior side is a women's team (NWSL sides, London City Lionesses):
    their head coach coaches the `women` squad even where the text says just 'head coach'."""
    return frozenset(r["name"] for r in _rows("women_clubs.csv"))


@cache
def club_places() -> dict[str, frozenset[str]]:
    """Folded city or region ('birmingham', 'andalusian') → the clubs from there, so that 'the
    Birmingham club' can be told to mean a club the article names (Aston Villa)."""
    return {fold(r["place"]): frozenset(r["clubs"].split("|")) for r in _rows("club_places.csv")}


@cache
def place_adjectives() -> frozenset[str]:
    """Folded adjectives of club_places ('andalusian', 'potosino'): 'the Andalusian side' names a club
    of there, but a spell is never told 'in' an adjective, so it stands for no club on its own."""
    return frozenset(fold(r["place"]) for r in _rows("club_places.csv") if r["kind"] == "adjective")


@cache
def place_names() -> frozenset[str]:
    """Folded names of states, provinces, regions and cities ('ohio', 'bavaria', 'los angeles'):
    places, never people, whatever the sentence around them."""
    return frozenset(fold(r["place"]) for r in _rows("places.csv"))


@cache
def coach_nicknames() -> dict[str, str]:
    """Folded nickname or variant ('El Cholo', 'Rafa Benitez') → canonical coach name."""
    return {fold(r["alias"]): r["name"] for r in _rows("coach_nicknames.csv")}


@cache
def coach_surnames() -> dict[str, str]:
    """Folded surname of a well-known coach ('lopetegui') → canonical full name."""
    return {fold(r["surname"]): r["name"] for r in _rows("coaches.csv")}


@cache
def coach_nationalities() -> dict[str, str]:
    """Canonical name of a well-known coach → his nationalities as the press names them, '|'-separated
    ('Habib Beye' → 'Senegalese|French'): general knowledge (coach_nationalities.csv)."""
    return {r["name"]: r["nationality"] for r in _rows("coach_nationalities.csv")}


@cache
def known_non_coaches() -> frozenset[str]:
    """Folded names of well-known people of football who never held a coaching post: owners, presidents,
    executives, agents and star players (non_coaches.csv)."""
    return frozenset(fold(r["name"]) for r in _rows("non_coaches.csv"))


@cache
def known_coaches() -> frozenset[str]:
    """Canonical names of well-known coaches (coaches.csv and nickname targets)."""
    return frozenset(r["name"] for r in _rows("coaches.csv")) | frozenset(coach_nicknames().values())


def lookup_club(name: str) -> ClubRef | None:
    """The reference club a name or alias stands for ('Atleti' → Atlético Madrid), or None.

    Ambiguous aliases ('United', 'Real') give None here: only the extractor, which knows the
    rest of the article, resolves them (see `context_club_aliases`).
    """
    return _club_index().get(fold(name))


def club_index() -> dict[str, ClubRef]:
    """The strong alias index (read-only use)."""
    return _club_index()
