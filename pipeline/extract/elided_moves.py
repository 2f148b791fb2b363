"""Moves told in a later clause of a career sentence whose subject is left out: "he won two titles
with C before leaving for Italy in 1990", "he rebuilt C …, then left Ohio for Seattle", "most recently
coached C in China, leaving in 2020", "who had guided C in 2021-22 before passing to Verona". The clause
has the sentence's subject; what it leaves is the last club the subject was coaching in the clause
before (a club some rule of the sentence already reads as his post)."""

from __future__ import annotations

import re

from pipeline.extract.facts import CLAUSE_BREAK, TAG, Fact, TaggedSentence
from pipeline.extract.lexicon import TEAM_NOUN
from pipeline.extract.rules.grammar import _ORDINAL

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
    r"(?:[\w\-]+\s+){0,2}?«C"
    # "…, leaving the Kolkata giants at the end of last season", "…, leaving Budapest last summer": the club
    # just named, told by a descriptor or its town
    r"|\s+the\s+(?:[\w\-]+\s+){0,2}?(?:club|side|team|giants|champions|outfit)\b"
    r"|\s+(?-i:[A-Z][\w\-]+)(?:\s+(?-i:[A-Z][\w\-]+))?\s+(?:in|at|last|after|this|on)\b)",
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
# "…, leaving the team 20th", "leaving Fleetwood bottom", "leaving the side two points off safety": where
# he left the table, not a move away from the club
_LEFT_IN_STANDING = re.compile(
    r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:«C\d+»|club|side|team|giants|champions|outfit|them|it)\s+"
    r"(?:(?:in|at|on|joint|level)\s+)?(?:the\s+)?(?:" + _ORDINAL + r"|bottom|top|last|rock\s+bottom|"
    r"(?:relegation|drop)\s+zone|mid-?table|(?:\w+\s+)?points?\s+(?:off|from|above|below|clear|adrift))\b",
    re.IGNORECASE,
)
# a step inside the club: "before joining the first-team staff", "then moved up to the senior side"
_INNER_STEP = re.compile(
    r"(?:\s+(?:up|on))?(?:\s+(?:to|into|with))?\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:«S\d+»|staff\b|first[-\s]team\b|senior\s+" + TEAM_NOUN + r"\b|backroom\b|coaching\s+team\b)",
    re.IGNORECASE,
)
# a possessive person is no subject ("Lucescu's first spell with Romania")
_POSSESSIVE = re.compile(r"['’]s?\b")
_SPELL_EVENTS = ("in_charge", "appointed")
# a staff spell in a career ("a spell on the staff of C before joining D") is told for the spell alone
_STAFF_ROLES = ("assistant_coach", "other_staff")
_STAFF_WORDS = re.compile(
    r"\b(?:staff|assistant|number\s+two|right-hand\s+man|coaching\s+team)\b", re.IGNORECASE
)
_END_EVENTS = ("left", "resigned", "dismissed")


def elided_departures(sent: TaggedSentence, facts: list[Fact]) -> list[Fact]:
    """The departures told by a subjectless move clause: from the club it names as its object, else
    from the last club of the clause before it, when a fact of the sentence has the clause's subject
    coaching there."""
    tagged = sent.tagged
    out: list[Fact] = []
    for m in _ELIDED_MOVE.finditer(tagged):
        kind = next(k for k in ("fin", "ger", "part") if m.group(k))
        verb = m.group(kind).lower()
        if _INNER_STEP.match(tagged, m.end()) or _TABLE_PLACE.match(tagged, m.end()):
            continue  # "coaching in its academy before joining the first-team staff": a step inside the club
        if kind == "part" and _LEFT_IN_STANDING.match(tagged, m.end()):
            continue  # "…, leaving the team 20th": a table place
        obj = _OWN_OBJECT.match(tagged, m.end()) if verb in _LEAVE_VERBS else None
        if obj and kind == "ger":
            continue  # "before leaving C": the rule reading a departure after "before" tells it
        found = _left_post(sent, m.start(), facts, int(obj.group(1)) if obj else None)
        if found is None:
            continue
        coach, spell = found
        if any(f.coach == coach and f.club == spell.club and f.event in _END_EVENTS for f in (*facts, *out)):
            continue
        fact = Fact(
            coach, spell.club, spell.squad, spell.role, "left", 0.65, sent.index, m.start(kind), derived=True
        )
        fact.needs_support = (
            spell.needs_support
        )  # a player-like spell ("won the league with C"): so is its end
        # ("joined C in June 2020, leaving D": the leaving is the joining's, and so is its date)
        fact.trigger_end, fact.squad_named, fact.dated_after = (
            m.end(),
            spell.squad_named,
            not (obj and kind == "part"),
        )
        out.append(fact)
    return out


def _left_post(
    sent: TaggedSentence, at: int, facts: list[Fact], object_club: int | None
) -> tuple[str, Fact] | None:
    """(coach, his spell) at the club the move names as its object (tag index `object_club`), else at
    the last club named before `at` in the sentence's clause; the coach is the one man the clause
    names before that (a possessive "X's first spell" names nobody)."""
    tagged, mentions, squad_of = sent.tagged, sent.mentions, sent.squad_of
    breaks = list(CLAUSE_BREAK.finditer(tagged, 0, at))
    start = breaks[-1].end() if breaks else 0
    tags = list(TAG.finditer(tagged, start, at))
    clubs = [t for t in tags if t.group(1) in "CS" and squad_of.get(int(t.group(2)), (None,))[0]]
    if object_club is None and not clubs:
        return _post_in_view(sent, start, at, facts)
    people = {
        mentions[int(t.group(2))].name
        for t in tags
        if t.group(1) == "P" and not _POSSESSIVE.match(tagged, t.end())
    }
    subject_first = object_club is not None or any(
        t.group(1) == "P" and t.start() < clubs[-1].start() for t in tags
    )
    if len(people) != 1 or not subject_first:
        return None  # two men in the clause ("an assistant to Y with C, before …"): whose move is unsure
    coach = people.pop()
    if object_club is not None:
        club = squad_of.get(object_club, (None,))[0]
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
            and (object_club is not None or f.trigger < at)
            and f.role not in _STAFF_ROLES
        ),
        None,
    )
    return (coach, spell) if spell else None


# the clause tells of his post without naming its club: "lasted just 10 weeks in the job"
_THE_POST = re.compile(
    r"\b(?:job|post|role|charge|helm|spell|tenure|stint|reign|dugout|bench)\b", re.IGNORECASE
)


def _post_in_view(sent: TaggedSentence, start: int, at: int, facts: list[Fact]) -> tuple[str, Fact] | None:
    """'X lasted just 10 weeks in the job …, before leaving in April': a clause naming no club leaves the
    one post the sentence has its subject holding (the club in view), when it speaks of that post."""
    coach = _clause_subject(sent, at)
    if coach is None or not _THE_POST.search(sent.tagged, start, at):
        return None
    spells = [
        f
        for f in facts
        if f.coach == coach and f.event in _SPELL_EVENTS and f.trigger < at and f.role not in _STAFF_ROLES
    ]
    return (coach, spells[0]) if spells and len({(f.club, f.squad) for f in spells}) == 1 else None


# --- where the subjectless move went: "then left to manage C", "before returning to C in 2019" -------
_MOVE_ON = (
    r"(?:(?:(?:and|but)\s+)?(?:then|later|subsequently|eventually)|and|before)\s+(?:\w+ly\s+)?"
    r"|,\s*(?:then\s+)?"
)
_TO_COACH = (
    r"(?:manage|coach|lead|join|take\s+(?:over|charge)(?:\s+(?:at|of))?|become\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:of|at))\s+"
)
_CLUB_AHEAD = (
    r"(?:the\s+)?(?:(?!(?:for|to|in|at|by|after|on|with|from|and|as)\b)[\w\-]+\s+){0,2}?"
    r"«(?P<k>[CS])(?P<c>\d+)»(?!['’])"
)
_ELIDED_ARRIVAL = re.compile(
    r"(?:,\s*|\s)(?:" + _MOVE_ON + r")(?:"
    # "then left (Ohio) for C", "then left to manage C"
    r"(?P<leave>left|leaving|departed|departing)\s+(?:(?:[A-Z][\w\-]+\s+){1,2}(?=for\b))?"
    r"(?:for\s+|to\s+" + _TO_COACH + r")"
    # "before joining C"
    r"|(?P<join>joined|joining)\s+"
    # "before moving in 1979 to C", "before returning to C", "before passing to C"
    r"|(?P<move>moved|moving|returned|returning|passed|passing|switched|switching|headed|heading)(?:\s+on)?"
    r"(?:\s+in\s+(?:\w+\s+)?(?:19|20)\d{2})?\s+to\s+(?:" + _TO_COACH + r")?"
    r")" + _CLUB_AHEAD,
)
# the words that show the subject coaching in the clause before the move ("he began coaching in the
# lower leagues before moving in 1979 to C")
_COACHING_WORDS = re.compile(
    r"\b(?:coach(?:ing|ed|es)?|manag(?:ing|ed|er)|trainer|guided|in\s+charge|at\s+the\s+helm|on\s+the\s+bench)\b",
    re.IGNORECASE,
)
# a staff post at the new club ("before joining C's staff", "joined C as an assistant") is the aides' to tell
_AS_STAFF = re.compile(r"\s+as\s+(?:an?\s+|the\s+|first-team\s+)*(?:assistant|coach\s+under|scout|analyst)")
_AS_HEAD_COACH = re.compile(r"\s+as\s+(?:the\s+|their\s+|its\s+)?(?:new\s+)?(?:head\s+coach|manager|boss)\b")
NATIONAL_TEAM_WORDS = re.compile(r"\b(?:national|team|side|squad|selection)\b", re.IGNORECASE)
# a country moved to and then shown as a place: "left for Italy in 1990, where he coached Pisa"
COUNTRY_AS_PLACE = re.compile(
    r"(?:\s+(?:in|during)\s+(?:the\s+)?(?:\w+\s+)?(?:(?:19|20)\d{2}|summer|winter|spring|autumn))?"
    r"(?:,\s+where\b|\s+to\s+(?:coach|manage|lead|join|take\s+(?:over|charge))\b)"
)


def elided_arrivals(sent: TaggedSentence, facts: list[Fact]) -> list[Fact]:
    """The appointments told by a subjectless move clause naming where its subject went, when the
    clause before shows him coaching (a spell some rule reads, or a coaching word)."""
    tagged, mentions, squad_of = sent.tagged, sent.mentions, sent.squad_of
    out: list[Fact] = []
    for m in _ELIDED_ARRIVAL.finditer(tagged):
        idx = int(m.group("c"))
        club, squad = squad_of.get(idx, (None, "first_team"))
        if _AS_STAFF.match(tagged, m.end()):
            continue
        if (
            m.group("k") == "C"
            and mentions[idx].club_kind == "national"
            and (
                not NATIONAL_TEAM_WORDS.search(mentions[idx].text) or COUNTRY_AS_PLACE.match(tagged, m.end())
            )
        ):
            continue  # "returned to Spain", "left for Italy, where he coached Pisa": a country, a place
        kind = next(k for k in ("leave", "join", "move") if m.group(k))
        coach = _clause_subject(sent, m.start(kind))
        if coach and not club and squad == "national":  # "returning to the national team": his, named before
            club = _national_team_coached(coach, facts, m.start(kind))
        if (
            not club
            or coach is None
            or any(f.coach == coach and f.club == club and f.event == "appointed" for f in facts)
        ):
            continue
        spells = [
            f for f in facts if f.coach == coach and f.event in _SPELL_EVENTS and f.trigger < m.start(kind)
        ]
        words = _COACHING_WORDS.search(tagged, _clause_start(tagged, m.start()), m.start())
        coached = spells or words
        # a staff career ("a spell on the staff of C before joining D") is the aides' to tell, unless the move
        # is to a head coach's post ("was an assistant at C before joining D as head coach")
        staff_before = _STAFF_WORDS.search(tagged, _clause_start(tagged, m.start()), m.start())
        if not coached or (staff_before and not _AS_HEAD_COACH.match(tagged, m.end())):
            continue
        fact = Fact(coach, club, squad, "head_coach", "appointed", 0.65, sent.index, m.start(kind))
        fact.trigger_end, fact.squad_named, fact.dated_after, fact.club_named = m.end(), True, True, True
        # shown coaching only by a player-like spell ("won the league with A and later joined B"): as unsure
        fact.needs_support = not words and all(f.needs_support for f in spells)
        # a return to a club the clause has him coaching before ("led A in 2015, … before returning to A
        # in 2022"): the spell before stays a fact of its own
        fact.derived = any(f.coach == coach and f.club == club and f.trigger < m.start(kind) for f in facts)
        out.append(fact)
    return out


def _national_team_coached(coach: str, facts: list[Fact], at: int) -> str | None:
    """The one national team the sentence has `coach` coaching before `at`."""
    teams = {f.club for f in facts if f.coach == coach and f.squad == "national" and f.trigger < at}
    return teams.pop() if len(teams) == 1 else None


def _clause_start(tagged: str, at: int) -> int:
    breaks = list(CLAUSE_BREAK.finditer(tagged, 0, at))
    return breaks[-1].end() if breaks else 0


def _clause_subject(sent: TaggedSentence, at: int) -> str | None:
    """The one man the clause before `at` names (not as a possessive), else None."""
    tagged, mentions = sent.tagged, sent.mentions
    people = {
        mentions[int(t.group(2))].name
        for t in TAG.finditer(tagged, _clause_start(tagged, at), at)
        if t.group(1) == "P" and not _POSSESSIVE.match(tagged, t.end())
    }
    return people.pop() if len(people) == 1 else None
