"""One coach_id per person across structured sources and news.

Matching rules, in order:

1. Mentions with the same (source, source_id) are one person (StatsBomb manager 230 is
   "Diego Pablo Simeone" and "Diego Simeone"; his name and nickname both become names).
   Name-only mentions with the same folded name and birth date form one group.
2. Two groups are candidates when any of their names match (`names.name_match_score`):
   the same name up to accents, case and spaces (1.0); an equivalent given name
   ('Pep'/'Josep', 0.9); middle names or a second surname left out ('Diego Simeone' /
   'Diego Pablo Simeone', 0.8). One-word names ('Míchel', 'Pacheta', 'Tite') match only
   exactly; a surname alone never matches. The same birth date adds 0.1.
3. Groups never merge when that would put two ids of one source, two different birth
   dates, or (without equal birth dates) two different nationalities into one person.
   A group whose best candidates are such incompatible people is ambiguous ('Míchel'
   when two StatsBomb Míchels exist) and stays on its own.
4. Candidate links are applied strongest first, ties in the order of their content, so the
   result does not depend on the order of the mentions.

Placeholders ('null', 'not applicable', 'N/A', '-', empty) are not people: such mentions get
no coach (`coach_id_for` returns None).

coach_id = stable_id("co", folded full name, birth date), plus the smallest source id when
two people share both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any

from pipeline.identity.names import (
    blocking_keys,
    clean_name,
    display_preference,
    name_match_score,
    name_tokens,
)
from pipeline.ids import fold, stable_id

MIN_SCORE = 0.75
BIRTH_DATE_BONUS = 0.1
EARLIEST_BIRTH_YEAR = 1850
# Spellings of one nationality across sources (folded).
NATION_ALIASES = {
    "holland": "netherlands",
    "usa": "united states",
    "united states of america": "united states",
    "korea republic": "south korea",
    "republic of korea": "south korea",
    "ir iran": "iran",
    "czechia": "czech republic",
    "turkiye": "turkey",
    "cote d ivoire": "ivory coast",
    "england": "united kingdom",
    "scotland": "united kingdom",
    "wales": "united kingdom",
    "northern ireland": "united kingdom",
    "great britain": "united kingdom",
    "west germany": "germany",
    "soviet union": "russia",
    "ussr": "russia",
    "china pr": "china",
    "bosnia herzegovina": "bosnia and herzegovina",
}


@dataclass(frozen=True, slots=True)
class CoachMention:
    source: str
    name: str
    known_as: str | None = None
    source_id: str | None = None
    birth_date: date | str | None = None
    nationality: str | None = None


@dataclass
class _Group:
    """Mentions that are certainly one person (same source id, or same name-only key)."""

    key: str
    anchors: set[tuple[str, str]] = field(default_factory=set)  # (source, source_id)
    sources: set[str] = field(default_factory=set)
    full_names: Counter[str] = field(default_factory=Counter)
    known_as: Counter[str] = field(default_factory=Counter)
    birth_dates: set[date] = field(default_factory=set)
    nationalities: Counter[str] = field(default_factory=Counter)

    @property
    def names(self) -> set[str]:
        return set(self.full_names) | set(self.known_as)


@dataclass
class CoachResolution:
    coaches: list[dict[str, Any]]
    source_ids: list[dict[str, Any]]
    _group_ids: dict[str, str]
    _groups: dict[str, _Group]

    def coach_id_for(self, mention: CoachMention) -> str | None:
        """The coach_id of a mention (also one not passed to `resolve_coaches`), or None for
        a placeholder name."""
        normalised = _normalise(mention)
        if normalised is None:
            return None
        key = group_key(normalised)
        if key in self._group_ids:
            return self._group_ids[key]
        return self._match_new(normalised)

    def _match_new(self, mention: CoachMention) -> str:
        probe = _Group(key="?")
        _add_mention(probe, mention)
        scores: dict[str, float] = defaultdict(float)
        for key, group in self._groups.items():
            score = _group_score(probe, group)
            if score >= MIN_SCORE and not _conflict(probe, group):
                coach_id = self._group_ids[key]
                scores[coach_id] = max(scores[coach_id], score)
        if scores:
            best = max(scores.values())
            top = [c for c, s in scores.items() if s == best]
            if len(top) == 1:
                return top[0]
        return stable_id("co", fold(mention.name), _iso(_birth(mention.birth_date)))


def resolve_coaches(mentions: Iterable[CoachMention]) -> CoachResolution:
    groups = build_groups(mentions)
    clusters = link_groups(groups)
    coaches, group_ids = describe_clusters(clusters, groups)
    source_ids = source_id_rows(clusters, groups, group_ids)
    return CoachResolution(coaches, source_ids, group_ids, groups)


# --- groups -----------------------------------------------------------------------------------


def build_groups(mentions: Iterable[CoachMention]) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for raw in mentions:
        mention = _normalise(raw)
        if mention is None:
            continue  # a placeholder is not a person
        key = group_key(mention)
        _add_mention(groups.setdefault(key, _Group(key)), mention)
    return groups


def group_key(mention: CoachMention) -> str:
    if mention.source_id:
        return f"id|{mention.source}|{mention.source_id}"
    return f"name|{fold(mention.name)}|{_iso(_birth(mention.birth_date))}"


def _normalise(mention: CoachMention) -> CoachMention | None:
    name = clean_name(mention.name) or clean_name(mention.known_as)
    if name is None:
        return None
    source_id = " ".join(str(mention.source_id).split()) if mention.source_id is not None else ""
    return CoachMention(
        source=mention.source,
        name=name,
        known_as=clean_name(mention.known_as),
        source_id=source_id or None,
        birth_date=_birth(mention.birth_date),
        nationality=clean_name(mention.nationality),
    )


def _add_mention(group: _Group, mention: CoachMention) -> None:
    group.sources.add(mention.source)
    if mention.source_id:
        group.anchors.add((mention.source, mention.source_id))
    group.full_names[mention.name] += 1
    if mention.known_as and fold(mention.known_as) != fold(mention.name):
        group.known_as[mention.known_as] += 1
    if isinstance(mention.birth_date, date):
        group.birth_dates.add(mention.birth_date)
    if mention.nationality:
        group.nationalities[mention.nationality] += 1


def _birth(value: date | str | None) -> date | None:
    """A plausible birth date, or None (StatsBomb has '2063-05-10')."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return None
    if not isinstance(value, date):
        return None
    if not EARLIEST_BIRTH_YEAR <= value.year <= date.today().year - 14:
        return None
    return value


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


# --- linking ----------------------------------------------------------------------------------


def link_groups(groups: dict[str, _Group]) -> dict[str, list[str]]:
    """Clusters of group keys (root key → member keys), linked strongest first."""
    edges = candidate_edges(groups)
    adjacent: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for score, a, b in edges:
        adjacent[a].append((score, b))
        adjacent[b].append((score, a))
    edges = [e for e in edges if not _ambiguous(e, adjacent, groups)]
    parent = {key: key for key in groups}
    members = {key: [key] for key in groups}
    for _score, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = _find(parent, a), _find(parent, b)
        if ra == rb or _cluster_conflict(members[ra], members[rb], groups):
            continue
        root, other = sorted((ra, rb))
        parent[other] = root
        members[root] += members.pop(other)
    return {root: sorted(keys) for root, keys in members.items()}


def candidate_edges(groups: dict[str, _Group]) -> list[tuple[float, str, str]]:
    blocks: dict[str, set[str]] = defaultdict(set)
    for key, group in groups.items():
        for name in group.names:
            for block in blocking_keys(name):
                blocks[block].add(key)
    pairs = {tuple(sorted(p)) for keys in blocks.values() for p in combinations(keys, 2)}
    edges = []
    for a, b in sorted(pairs):
        if _conflict(groups[a], groups[b]):
            continue
        score = _group_score(groups[a], groups[b])
        if score >= MIN_SCORE:
            edges.append((score, a, b))
    return edges


def _group_score(a: _Group, b: _Group) -> float:
    score = max((name_match_score(x, y) for x in a.names for y in b.names), default=0.0)
    if score and a.birth_dates and a.birth_dates == b.birth_dates:
        score = min(1.0, score + BIRTH_DATE_BONUS)
    return score


def _conflict(a: _Group, b: _Group) -> bool:
    """Two groups that cannot be one person: different birth dates, ids of one source, or
    nationalities (World Cup 'Juan López', Uruguay, is not StatsBomb's Juan Ramón López
    Muñiz, Spain) unless the birth dates agree."""
    if a.birth_dates and b.birth_dates:
        if a.birth_dates != b.birth_dates:
            return True
    elif _nations(a) and _nations(b) and not _nations(a) & _nations(b):
        return True
    ids_a, ids_b = dict(a.anchors), dict(b.anchors)
    return any(s in ids_b and ids_b[s] != i for s, i in ids_a.items())


def _nations(group: _Group) -> set[str]:
    folded = (fold(n) for n in group.nationalities)
    return {NATION_ALIASES.get(n, n) for n in folded}


def _cluster_conflict(keys_a: list[str], keys_b: list[str], groups: dict[str, _Group]) -> bool:
    return any(_conflict(groups[a], groups[b]) for a in keys_a for b in keys_b)


def _ambiguous(
    edge: tuple[float, str, str],
    adjacent: dict[str, list[tuple[float, str]]],
    groups: dict[str, _Group],
) -> bool:
    """An edge from a group whose equally good candidates are incompatible people."""
    _score, a, b = edge
    for end, other in ((a, b), (b, a)):
        top = max(s for s, _ in adjacent[end])
        rivals = [g for s, g in adjacent[end] if s == top and g != other]
        if any(_conflict(groups[other], groups[r]) for r in rivals):
            return True
    return False


def _find(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


# --- output -----------------------------------------------------------------------------------


def describe_clusters(
    clusters: dict[str, list[str]], groups: dict[str, _Group]
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    rows = [_coach_row([groups[k] for k in keys]) for keys in clusters.values()]
    _assign_ids(rows, clusters, groups)
    group_ids = {
        key: row["coach_id"] for row, keys in zip(rows, clusters.values(), strict=True) for key in keys
    }
    for row in rows:
        row.pop("_anchor")
    return sorted(rows, key=lambda r: r["coach_id"]), group_ids


def _coach_row(members: list[_Group]) -> dict[str, Any]:
    full_names = sum((g.full_names for g in members), Counter())
    known_as = sum((g.known_as for g in members), Counter())
    full_name = _pick(full_names, prefer_long=True)
    nickname = _pick(known_as) if known_as else _pick(full_names)
    births = set().union(*(g.birth_dates for g in members))
    nationalities = sum((g.nationalities for g in members), Counter())
    aliases = _distinct_names(set(full_names) | set(known_as), exclude={full_name})
    anchors = sorted(f"{s}:{i}" for g in members for s, i in g.anchors)
    return {
        "coach_id": None,
        "full_name": full_name,
        "known_as": nickname,
        "aliases": aliases,
        "birth_date": min(births) if births else None,
        "nationality": _pick(nationalities) if nationalities else None,
        "_anchor": anchors[0] if anchors else "",
    }


def _pick(counts: Counter[str], prefer_long: bool = False) -> str:
    """The most frequent name (or the longest: the full legal name), accented spelling first."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_fold[fold(name)].append(name)
    totals = {f: sum(counts[n] for n in names) for f, names in by_fold.items()}

    def rank(f: str) -> tuple:
        size = len(name_tokens(f))
        return (-size, -totals[f], f) if prefer_long else (-totals[f], size, f)

    best_fold = min(totals, key=rank)
    return min(by_fold[best_fold], key=display_preference)


def _distinct_names(names: set[str], exclude: set[str]) -> list[str]:
    by_fold: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_fold[fold(name)].append(name)
    excluded = {fold(n) for n in exclude}
    return sorted(min(v, key=display_preference) for f, v in by_fold.items() if f not in excluded)


def _assign_ids(rows: list[dict], clusters: dict[str, list[str]], groups: dict) -> None:
    def base(row: dict) -> tuple[str, str]:
        return fold(row["full_name"]), _iso(row["birth_date"])

    counts = Counter(base(r) for r in rows)
    for row in rows:
        parts = base(row)
        if counts[parts] > 1:  # two people with one name and birth date: their ids tell apart
            parts = (*parts, row["_anchor"])
        row["coach_id"] = stable_id("co", *parts)


def source_id_rows(
    clusters: dict[str, list[str]], groups: dict[str, _Group], group_ids: dict[str, str]
) -> list[dict[str, Any]]:
    rows = []
    for keys in clusters.values():
        for key in keys:
            group = groups[key]
            others = [n for k in keys if k != key for n in groups[k].names]
            method, score = _link_method(group, others, len(keys))
            entries = sorted(group.anchors) or [(s, None) for s in sorted(group.sources)]
            for source, source_id in entries:
                rows.append(
                    {
                        "coach_id": group_ids[key],
                        "source": source,
                        "source_id": source_id,
                        "method": method,
                        "score": score,
                    }
                )
    return sorted(rows, key=lambda r: (r["coach_id"], r["source"], r["source_id"] or ""))


def _link_method(group: _Group, other_names: list[str], cluster_size: int) -> tuple[str, float]:
    """How a group's source id is tied to its coach: its own id, or the best name match."""
    if cluster_size == 1 or not other_names:
        return ("source_id" if group.anchors else "name"), 1.0
    score = max(name_match_score(a, b) for a in group.names for b in other_names)
    if score >= 1.0:
        return "exact_name", 1.0
    if score >= 0.9:
        return "name_variant", score
    return "name_containment", score
