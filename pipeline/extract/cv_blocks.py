"""A coaching CV set out as lines under a heading, as club statements and wire copy print it:

    His coaching career:
    2011-2013: O'Higgins
    2014-2017: Celta Vigo

or "Van Wonderen's coaching career:" followed by "Previously: Go Ahead Eagles (2019–2022), SC Heerenveen
(2022–2024)". Each line is its own sentence and names no one, so no rule reads it: the heading names the
coach (or "His" means the man in focus), and every club of a line under it is one of his spells."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.dates import DateMention
from pipeline.extract.facts import Context, Fact
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.mentions import Mention
from pipeline.extract.rules.grammar import _COACHING_CAREER
from pipeline.reference import context_club_owners

# the heading: a coaching career (never a playing one) announced by a colon that ends the line
_CV_HEADING = re.compile(
    r"^(?P<who>his|her|.{1,40}?['’]s?)\s+"
    + _COACHING_CAREER
    + r"(?:\s+(?:in\s+brief|so\s+far|to\s+date|in\s+numbers))?\s*:\s*$",
    re.IGNORECASE,
)
# a line of it: its years ("2011-2013:", "2018:", "2013-14:") or "Previously:" before the clubs
_CV_LINE = re.compile(
    r"^\s*(?:(?P<year>(?:19|20)\d{2})(?:\s*[-–/]\s*(?:(?:19|20)?\d{2})?)?|Previously|Before\s+that|Earlier)\s*:\s*\S"
)
# a club's own years after it on a "Previously:" line: "Go Ahead Eagles (2019–2022)"
_BRACKET_YEAR = re.compile(r"\s*\(\s*((?:19|20)\d{2})")


def cv_heading_coach(sentence: str, mentions: list[Mention], ctx: Context) -> str | None:
    """The coach a CV heading names ('His coaching career:' → the man in focus), else None."""
    heading = _CV_HEADING.match(sentence.strip())
    if not heading:
        return None
    people = [m for m in mentions if m.kind == "P" and m.end <= heading.end("who") + 1]
    if people:
        return people[0].name
    return ctx.focus if heading.group("who").lower() in ("his", "her") else None


def cv_line_facts(i: int, sentence: str, mentions: list[Mention], coach: str) -> list[Fact]:
    """One in_charge per club of a CV line under the heading naming `coach`."""
    line = _CV_LINE.match(sentence)
    if not line:
        return []
    out = []
    clubs = [m for m in mentions if m.kind == "C" and m.start >= line.end() - 1]
    for m in clubs or _line_club(sentence, line.end() - 1):
        year = line.group("year") or _own_year(sentence, m.end)
        squad = m.squad or ("national" if m.club_kind == "national" else "first_team")
        fact = Fact(coach, m.name, squad, "head_coach", "in_charge", 0.6, i, m.start, club_named=True)
        if year:
            fact.date = DateMention(0, len(sentence), date(int(year), 1, 1), "year", "since")
        out.append(fact)
    return out


def cv_step(
    i: int, sentence: str, mentions: list[Mention], ctx: Context, coach: str | None
) -> tuple[str | None, list[Fact]]:
    """The CV heading's coach in force after sentence `i` (None once the CV lines end), and the facts
    of sentence `i` when it is a line of that CV."""
    if coach and _CV_LINE.match(sentence):
        return coach, cv_line_facts(i, sentence, mentions, coach)
    return cv_heading_coach(sentence, mentions, ctx), []


def _line_club(sentence: str, start: int) -> list[Mention]:
    """The whole rest of a CV line as a club only an ambiguous name of its names ("O'Higgins", also a
    man's name): on a CV line it can be nothing else."""
    text = sentence[start:].strip().rstrip(".")
    owners = context_club_owners().get(fold(text), ())
    if len(owners) != 1:
        return []
    at = sentence.index(text, start)
    return [Mention("C", at, at + len(text), text, name=owners[0].name, club_kind=owners[0].kind)]


def _own_year(sentence: str, end: int) -> str | None:
    bracket = _BRACKET_YEAR.match(sentence, end)
    return bracket.group(1) if bracket else None
