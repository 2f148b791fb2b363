"""Moves told in a later clause of a career sentence whose subject is left out: "he won two titles
with C before leaving for Italy in 1990", "he rebuilt C …, then left Ohio for Seattle", "most recently
coached C in China, leaving in 2020", "who had guided C in 2021-22 before passing to Verona". The clause
has the sentence's subject; what it leaves is the last club the subject was coaching in the clause
before (a club some rule of the sentence already reads as his post)."""

from __future__ import annotations

import re

from pipeline.extract.facts import _TAG, Fact

# the move's verb, its subject left out: "…, then left", "but left", "and later moved on", "before
# leaving", "before passing to", "…, leaving in 2020" (a return, "before returning to", tells the new
# post only; "before taking over the under-23s" is a step inside the club; "then went on to win" and
# "switched to a back three" are no moves)
_ELIDED_MOVE = re.compile(
    r"(?:,\s*|\s)(?:(?:(?:and|but)\s+)?(?:then|later|subsequently|eventually)|and|but)\s+"
    r"(?P<fin>left(?!-)|departed|quit|moved(?:\s+on)?(?=\s+(?:to|abroad)\b)|joined)"
    r"|\sbefore\s+(?:\w+ly\s+)?(?P<ger>leaving|departing|quitting|moving(?:\s+on)?(?=\s+(?:to|abroad)\b)|"
    r"joining|heading|passing|arriving)"
    r"|,\s*(?:then\s+)?(?P<part>leaving|departing)(?=\s+(?:in|at|for|after|by|to|on)\b|\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,2}?«C)",
    re.IGNORECASE,
)
# the move's own object: "then left C", ", leaving Chinese club C" (a place or "the German club" that
# no tag reads, as in "left Ohio for Seattle", stands for the club just named)
_OWN_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:(?!(?:for|to|in|at|by|after|on|with|from|and|as)\b)[\w\-]+\s+){0,2}?«C(\d+)»(?!['’])",
    re.IGNORECASE,
)
_LEAVE_VERBS = ("left", "departed", "quit", "leaving", "departing", "quitting")
# a move to a table place, not a club: "then moved to fifth", "and moved to the top"
_TABLE_PLACE = re.compile(
    r"(?:\s+on)?\s+to\s+(?:the\s+)?(?:top|bottom|summit|\w+\s+place|\d|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|within)\b",
    re.IGNORECASE,
)
# a step inside the club: "before joining the first-team staff", "then moved up to the senior side"
_INNER_STEP = re.compile(
    r"(?:\s+(?:up|on))?(?:\s+(?:to|into|with))?\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:«S\d+»|staff\b|first[-\s]team\b|senior\s+(?:side|team|squad)\b|backroom\b|coaching\s+team\b)",
    re.IGNORECASE,
)
# where the clause before the move can begin: a sentence break
_CLAUSE_START = re.compile(r"[.;:!?]")
# a possessive person is no subject ("Lucescu's first spell with Romania")
_POSSESSIVE = re.compile(r"['’]s?\b")
_SPELL_EVENTS = ("in_charge", "appointed")
# a staff spell in a career ("a spell on the staff of C before joining D") is told for the spell alone
_STAFF_ROLES = ("assistant_coach", "other_staff")
_STAFF_WORDS = re.compile(
    r"\b(?:staff|assistant|number\s+two|right-hand\s+man|coaching\s+team)\b", re.IGNORECASE
)
_END_EVENTS = ("left", "resigned", "dismissed")


def elided_departures(
    tagged: str,
    mentions: list,
    squad_of: dict[int, tuple[str | None, str]],
    facts: list[Fact],
    i: int,
) -> list[Fact]:
    """The departures told by a subjectless move clause: from the club it names as its object, else
    from the last club of the clause before it, when a fact of the sentence has the clause's subject
    coaching there."""
    out: list[Fact] = []
    for m in _ELIDED_MOVE.finditer(tagged):
        kind = next(k for k in ("fin", "ger", "part") if m.group(k))
        verb = m.group(kind).lower()
        if _INNER_STEP.match(tagged, m.end()) or _TABLE_PLACE.match(tagged, m.end()):
            continue  # "coaching in its academy before joining the first-team staff": a step inside the club
        obj = _OWN_OBJECT.match(tagged, m.end()) if verb in _LEAVE_VERBS else None
        if obj and kind == "ger":
            continue  # "before leaving C": the rule reading a departure after "before" tells it
        found = _left_post(tagged, m.start(), mentions, squad_of, facts, int(obj.group(1)) if obj else None)
        if found is None:
            continue
        coach, spell = found
        if any(f.coach == coach and f.club == spell.club and f.event in _END_EVENTS for f in (*facts, *out)):
            continue
        fact = Fact(coach, spell.club, spell.squad, spell.role, "left", 0.65, i, m.start(kind), derived=True)
        # ("joined C in June 2020, leaving D": the leaving is the joining's, and so is its date)
        fact.trigger_end, fact.squad_named, fact.dated_after = (
            m.end(),
            spell.squad_named,
            not (obj and kind == "part"),
        )
        out.append(fact)
    return out


def _left_post(
    tagged: str,
    at: int,
    mentions: list,
    squad_of: dict[int, tuple[str | None, str]],
    facts: list[Fact],
    named: int | None,
) -> tuple[str, Fact] | None:
    """(coach, his spell) at the club `named` as the move's object, else at the last club named before
    `at` in the sentence's clause; the coach is the one man the clause names before that (a
    possessive "X's first spell" names nobody)."""
    breaks = list(_CLAUSE_START.finditer(tagged, 0, at))
    start = breaks[-1].end() if breaks else 0
    tags = list(_TAG.finditer(tagged, start, at))
    clubs = [t for t in tags if t.group(1) in "CS" and squad_of.get(int(t.group(2)), (None,))[0]]
    if named is None and not clubs:
        return None
    people = {
        mentions[int(t.group(2))].name
        for t in tags
        if t.group(1) == "P" and not _POSSESSIVE.match(tagged, t.end())
    }
    subject_first = named is not None or any(
        t.group(1) == "P" and t.start() < clubs[-1].start() for t in tags
    )
    if len(people) != 1 or not subject_first:
        return None  # two men in the clause ("an assistant to Y with C, before …"): whose move is unsure
    coach = people.pop()
    if named is not None:
        club = squad_of.get(named, (None,))[0]
    else:
        last = clubs[-1]
        club = squad_of[int(last.group(2))][0]
        told = tagged[
            max(start, last.start() - 80, *(t.end() for t in tags if t.end() <= last.start())) : last.start()
        ]
        if _STAFF_WORDS.search(told):
            return None  # "a spell on the staff of C": a staff post, told as such
    spell = next(
        (
            f
            for f in facts
            if f.coach == coach
            and f.club == club
            and f.event in _SPELL_EVENTS
            and (named is not None or f.trigger < at)
            and f.role not in _STAFF_ROLES
        ),
        None,
    )
    return (coach, spell) if spell else None
