"""One post over two sides of a club or country, told once: "appointed X as head coach of the national team
and the U23 team", "to lead both the national team and the under-23s", "coach of the first team and the
reserves". A rule reads the man's change at the first side named; the second side, a squad joined to it by
"and", gets the same change (small federations often give one man both their senior and Olympic sides). This
module reads only the tagged sentence and its facts."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.attribution import squad_at
from pipeline.extract.facts import Context, Fact, TaggedSentence

# the title or verb of the post, then two sides joined by "and": the first a club, a country or a squad, the
# second a squad ("«S»") of the same club or country ("of the national team and the «S»", "lead both «C» and
# the «S»"); not "coach of C and the U21s' coach Y" (a person follows: another man's post)
_TWO_SIDES = re.compile(
    r"\b(?:coach|manager|trainer|lead|coaching|leading|led|charge|helm)\s+(?:of\s+)?(?:both\s+)?"
    r"(?:the\s+|its\s+|their\s+)?«[CS](?P<i>\d+)»(?:\s+(?:team|side|squad))?\s+and\s+(?:of\s+)?"
    r"(?:the\s+|its\s+|their\s+)?«S(?P<j>\d+)»(?!['’]|\s*«P|\s+(?:coach|manager|boss|trainer)\b)",
    re.IGNORECASE,
)
# what may stand between a rule's match and the title: a few words, no clause ("appointed X to lead")
_NO_CLAUSE = re.compile(r"[^,;:.«]{0,20}")
# the changes a post over two sides tells of each
_EVENTS = ("appointed", "in_charge", "extended", "left", "dismissed", "resigned")
# the spell and its end, told of a post held: copied only where the sentence tells no change of the man there
_SPELL_EVENTS = ("in_charge", "left")


def second_side_facts(sent: TaggedSentence, facts: list[Fact], ctx: Context) -> list[Fact]:
    """The same change at the second of two sides named for one post, copied from the fact a rule read at
    the first side for the man named before the title."""
    if " and " not in sent.tagged:
        return []
    out: list[Fact] = []
    for m in _TWO_SIDES.finditer(sent.tagged):
        first, second = sent.squad_of.get(int(m.group("i"))), sent.squad_of.get(int(m.group("j")))
        if not first or not second:
            continue
        for f in facts:
            if f.event not in _EVENTS or not _told_up_to(f, m, sent.tagged):
                continue
            if first[0] not in (None, f.club) or second[0] not in (None, f.club):
                continue  # (another club's side: "coach of A and the B women")
            if f.event in _SPELL_EVENTS and any(_changed_here(f, g) for g in facts):
                continue  # ("appointed X to lead both …": the spell restates the appointment, told once)
            squad = squad_at(second[1], f.club, ctx)
            if squad != f.squad and not _told(f, squad, facts + out):
                f.squad_named = True  # (the first side is named too: both facts stand)
                out.append(replace(f, squad=squad, derived=True, second_side=True))
    return out


def _told_up_to(f: Fact, m: re.Match[str], tagged: str) -> bool:
    """The rule's match for the fact runs up to the title, with no clause between ("appointed X as head coach
    of", "appointed X to lead both"; not "X, appointed in 2015, was in charge of": that appointment names
    no side)."""
    if f.trigger_end < 0 or f.trigger > m.start():
        return False
    return f.trigger_end > m.start() or _NO_CLAUSE.fullmatch(tagged, f.trigger_end, m.start()) is not None


def _changed_here(f: Fact, g: Fact) -> bool:
    return g.coach == f.coach and g.club == f.club and g.event not in _SPELL_EVENTS


def _told(f: Fact, squad: str, facts: list[Fact]) -> bool:
    return any((g.coach, g.club, g.squad, g.event) == (f.coach, f.club, squad, f.event) for g in facts)
