"""One club_id per club across sources, and squad ids.

Rules, in order:

1. Defunct-club suffixes are not part of the name: 'Anzhi Makhachkala ( -2022)' → 'Anzhi
   Makhachkala'.
2. The curated reference (`lookup_club`) decides first: 'Atleti', 'Club Atlético de Madrid'
   → Atlético Madrid (country from the reference).
3. Otherwise names are compared by a key without accents, legal-form and filler words (FC,
   CF, UD, SAD, Club, Fútbol, Real, de, la, ...): 'Levante UD' and 'Levante Unión Deportiva
   S.A.D.' → 'levante'; 'Futbol Club Barcelona' → 'barcelona'.
4. A key that is the beginning of exactly one longer key in a compatible country joins it
   ('athletic' → 'athletic bilbao'; 'getafe' → 'getafe team dubai'); 'madrid', which
   begins nothing, never joins 'atletico madrid'.

club_id = stable_id("cl", key, country) of the cluster's shortest key; the display name is
the reference name, else the shortest name seen (accented spelling first).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pipeline.identity.names import display_preference
from pipeline.ids import fold, stable_id
from pipeline.reference import lookup_club

DEFUNCT_SUFFIX = re.compile(r"\(\s*-\s*\d{4}\s*\)\s*$")
FILLER_WORDS = {
    "fc",
    "cf",
    "cd",
    "ud",
    "sd",
    "sad",
    "s",
    "a",
    "d",
    "club",
    "futbol",
    "football",
    "de",
    "del",
    "la",
    "las",
    "los",
    "el",
    "real",
    "reial",
    "deportivo",
    "deportiu",
    "union",
    "deportiva",
    "balompie",
    "sociedad anonima",
    "ac",
    "afc",
    "sc",
    "fk",
    "pfk",
    "sk",
    "kv",
    "ksc",
    "rc",
    "rcd",
    "cp",
    "ca",
    "sv",
    "vfb",
    "vfl",
    "bk",
    "if",
    "and",
    "calcio",
    "ssc",
    "as",
    "us",
    "ogc",
    "olympique",
    "royal",
    "sporting club",
}


@dataclass(frozen=True, slots=True)
class ClubMention:
    source: str
    name: str
    country: str | None = None
    source_id: str | None = None


def clean_club_name(name: str) -> str:
    return " ".join(DEFUNCT_SUFFIX.sub("", name or "").split())


def club_key(name: str) -> str:
    """'Levante Unión Deportiva S.A.D.' → 'levante'; falls back to the folded name."""
    tokens = fold(clean_club_name(name)).split()
    kept = [t for t in tokens if t not in FILLER_WORDS]
    return " ".join(kept or tokens)


@dataclass
class _Cluster:
    key: str
    names: Counter[str]
    countries: Counter[str]
    reference_name: str | None = None

    @property
    def country(self) -> str | None:
        if not self.countries:
            return None
        return min(self.countries, key=lambda c: (-self.countries[c], c))


class ClubResolution:
    def __init__(self, clusters: dict[str, _Cluster], alias_of: dict[str, str]):
        self._clusters = clusters
        self._alias_of = alias_of  # key → cluster key
        self._ids = {k: stable_id("cl", k, c.country or "") for k, c in clusters.items()}
        self.clubs: list[dict[str, Any]] = sorted(
            (self._row(k, c) for k, c in clusters.items()), key=lambda r: r["club_id"]
        )

    def _row(self, key: str, cluster: _Cluster) -> dict[str, Any]:
        name = cluster.reference_name or min(
            cluster.names, key=lambda n: (len(clean_club_name(n)), display_preference(n))
        )
        name = clean_club_name(name)
        aliases = sorted({clean_club_name(n) for n in cluster.names} - {name})
        return {"club_id": self._ids[key], "name": name, "country": cluster.country, "aliases": aliases}

    def club_id_for(self, name: str, country: str | None = None) -> str:
        """The club_id of a name (known or not): reference, key, then unique prefix match."""
        ref = lookup_club(clean_club_name(name))
        key = club_key(ref.name) if ref else club_key(name)
        cluster = self._alias_of.get(key) or _prefix_target(key, country, self._clusters)
        if cluster:
            return self._ids[cluster]
        return stable_id("cl", key, (ref.country if ref else country) or "")


def resolve_clubs(mentions: Iterable[ClubMention]) -> ClubResolution:
    clusters: dict[str, _Cluster] = {}
    for mention in mentions:
        name = clean_club_name(mention.name)
        if not name:
            continue
        ref = lookup_club(name)
        key = club_key(ref.name) if ref else club_key(name)
        cluster = clusters.setdefault(key, _Cluster(key, Counter(), Counter()))
        cluster.names[name] += 1
        country = ref.country if ref else mention.country
        if country:
            cluster.countries[country] += 1
        if ref:
            cluster.reference_name = ref.name
    return ClubResolution(*_merge_prefixes(clusters))


def _merge_prefixes(clusters: dict[str, _Cluster]) -> tuple[dict[str, _Cluster], dict[str, str]]:
    """Join each short key with the one longer key it begins, shortest keys first; the
    merged cluster keeps the reference club's key when one of the two is a reference club."""
    alias_of = {k: k for k in clusters}
    for key in sorted(clusters, key=lambda k: (len(k.split()), k)):
        if key not in clusters:
            continue
        cluster = clusters[key]
        others = {k: c for k, c in clusters.items() if k != key}
        target = _prefix_target(key, cluster.country, others)
        if target is None or (cluster.reference_name and clusters[target].reference_name):
            continue
        keep, drop = (key, target) if cluster.reference_name else (target, key)
        clusters[keep].names.update(clusters[drop].names)
        clusters[keep].countries.update(clusters[drop].countries)
        del clusters[drop]
        for alias, owner in alias_of.items():
            if owner == drop:
                alias_of[alias] = keep
    return clusters, alias_of


def _prefix_target(key: str, country: str | None, clusters: dict[str, _Cluster]) -> str | None:
    tokens = key.split()
    found = [
        k
        for k, c in clusters.items()
        if len(k.split()) > len(tokens)
        and k.split()[: len(tokens)] == tokens
        and (country is None or c.country is None or c.country == country)
    ]
    return found[0] if len(found) == 1 else None


def squad_id(club_id: str, level: str) -> str:
    """The id of a club's squad at a level of the squad vocabulary ('first_team', 'u19', ...)."""
    return stable_id("sq", club_id, level)


def squad_name(club_name: str, level: str) -> str:
    """A readable squad name: 'Atlético Madrid', 'Atlético Madrid (reserve)', 'Spain U21'."""
    if level in ("first_team", "national"):
        return club_name
    return f"{club_name} ({level.replace('national_', '').replace('_', ' ')})"


def club_mentions_by_key(mentions: Iterable[ClubMention]) -> dict[str, list[ClubMention]]:
    """Mentions grouped by their comparison key (handy for reviewing merges)."""
    grouped: dict[str, list[ClubMention]] = defaultdict(list)
    for m in mentions:
        grouped[club_key(m.name)].append(m)
    return dict(grouped)
