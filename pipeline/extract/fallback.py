"""Event fallback: a sentence no pattern claimed, naming a coach, one club and an event word near
them ("… X, whom C sacked in the autumn, …"), tells that event at low confidence.

Real news phrases coaching facts in endless ways; when no pattern fires, the person and club are
usually still tagged and one event word sits between them. The guess is kept only for a coach the
article reports on (see `rule_facts.unclaimed_event_guesses`), and only for the event families
that were mostly right on the training sets (`rule_facts.GUESS_EVENTS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.facts import TAG
from pipeline.extract.mentions import Mention
from pipeline.extract.rules import HEDGE, NEGATION


@dataclass(frozen=True, slots=True)
class Guess:
    person: int  # mention index of the coach
    club: int  # mention index of the club
    event: str
    trigger: int  # tagged offset of the event word
    trigger_end: int
    coach_named: bool  # a coaching role noun next to his name ("coach X", "X, the C manager")


# Each event's words. Uses a word cannot have in coaching news are cut off ("left-back", "named in
# the squad", "fired home", "extended their lead").
EVENT_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "appointed",
        re.compile(
            r"\b(?:appoint(?:s|ed|ing|ment)?|named(?!\s+(?:in|after|on)\b)|hir(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|"
            r"t(?:ake|akes|aken|ook|aking)\s+(?:over|charge(?!\s+of\s+(?:[\w'-]+\s+){0,3}(?:game|match|fixture|tie)))|"
            r"installed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "dismissed",
        re.compile(
            r"\b(?:sack(?:s|ed|ing)?|fir(?:e|es|ed|ing)(?!\s+(?:in|home|a|an|past|wide|over|into|off)\b)|"
            r"dismiss(?:es|ed|ing|al)?|ax(?:e|es|ed|ing)|relieved\s+(?:of|from))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "resigned",
        re.compile(
            r"\b(?:resign(?:s|ed|ing|ation)?|quit(?:s|ting)?|st(?:ep|eps|epped|epping)\s+down)\b",
            re.I,
        ),
    ),
    (
        "left",
        re.compile(
            r"\b(?:leav(?:e|es|ing)(?!\s+of\s+absence)|(?<!\byear\s)(?<!\byears\s)(?<!\bmonths\s)(?<!\bgames\s)(?<!\bmatches\s)"
            r"left(?![\s-]*(?:back|wing|winger|foot|footed|side|flank|out|on)\b)(?!-)|"
            r"depart(?:s|ed|ing|ure)?|(?:(?:his|her|'s)\s+)exit|exit(?:s|ed|ing)\b)",
            re.IGNORECASE,
        ),
    ),
    # "C parted company with X": a sacking; "X parted ways with C", "X and C part ways": a departure
    ("parted", re.compile(r"\bpart(?:s|ed|ing)?\s+(?:ways|company)\b", re.IGNORECASE)),
    (
        "linked",
        re.compile(
            r"\b(?:(?<!remain\s)(?<!remains\s)linked|targets?|targeted|shortlist(?:ed|s)?|candidates?|front-?runners?|favou?rites?|"
            r"approach(?:ed|es|ing)?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "extended",
        re.compile(
            r"\b(?:(?:extend|renew)(?:s|ed|ing)?\b[^.;:!?«]{0,40}?\b(?:contract|deal|stay|terms|tenure|agreement)|"
            r"(?:contract|deal)\s+(?:extension|renewal)|new\s+(?:[\w-]+\s+){0,2}(?:contract|deal))\b",
            re.IGNORECASE,
        ),
    ),
)

# How far the event word may sit before or after the pair, within the clause.
_AROUND = 30
# Where a clause ends: the pair and its event word sit within one.
_CLAUSE_END = re.compile(r"[.;:!?]|\s(?:but|while|whereas)\s|,\s+(?:and|but)\s")
_SIDE_CUT = re.compile(r"[,;:.!?()]|«[PC]\d+»|\s(?:and|but|while|after|before|when)\s")
# Player and boardroom talk: a guess about a player's or an executive's move is no coaching fact.
_NOT_A_COACH = re.compile(
    r"\b(?:scor\w*|goals?|striker|midfielder|defender|goalkeeper|winger|forward|full-back|captain|player|"
    r"players|played|playing|signing|signed|transfer\w*|loan\w*|fee|debut|appearances|squad|"
    r"president|chairman|owner|director|chief|ceo|board|shareholder|referee)\b",
    re.IGNORECASE,
)
# The club is an opponent, not a post: "the win over C", "against C"
_OPPONENT = re.compile(
    r"\b(?:against|over|beat|beating|v|vs|versus|to|drew\s+with|draw\s+(?:at|with)|defeat\s+(?:to|by|at)|"
    r"win\s+(?:at|against|over))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The club is where he goes, not the post the event is about: "left for C", "leave to join C"
_DESTINATION = re.compile(
    r"\b(?:for|to|join(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:side|club|outfit|giants|champions)\s+)?$",
    re.IGNORECASE,
)
# "left to become C manager", "departed last month to take the job at C": C is his next post
_MOVES_ON = re.compile(r"\bto\s+(?:become|take|join|coach|manage|lead|succeed|replace)\b", re.IGNORECASE)
# "the staff of X also leaves C": his staff's move, not his
_NOT_HIM_BEFORE = re.compile(r"\b(?:staff|assistants?|aides?|team)\s+of\s+$", re.IGNORECASE)
# "C's X", "C coach X": the club he is at, which gossip about another job is not about
_OWN_CLUB_BEFORE = re.compile(
    r"(?:'s?\s+(?:[\w-]+\s+){0,3}|\s+(?:head\s+coach|manager|coach|boss)\s+)$", re.IGNORECASE
)
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "X, former coach of C", "former C boss X": a club he has left, not the post of the sentence's event
_FORMER = re.compile(r"\b(?:former|ex|formerly|previously|once)\b", re.IGNORECASE)
# A club tied to the person or his event word: "of C", "at C", "with C", "for C", "C's"
_TIED_BEFORE = re.compile(r"\b(?:of|at|with|for|by|from)\s+(?:the\s+)?$", re.IGNORECASE)
# A coaching role noun next to his name: "coach X", "C boss X", "X, the C manager"
_ROLE_NOUN = r"(?:head\s+coach|manager|coach|boss|trainer|gaffer|tactician|caretaker|player-coach)"
_ROLE_BEFORE_NAME = re.compile(r"\b" + _ROLE_NOUN + r"\s*$", re.IGNORECASE)
_ROLE_AFTER_NAME = re.compile(
    r"\s*,\s*(?:the|a|an|his|their|our)?\s*(?:former\s+|ex-|new\s+|current\s+|interim\s+|assistant\s+)?"
    r"(?:(?:«C\d+»|[\w'-]+)(?:'s?)?\s+){0,3}?" + _ROLE_NOUN + r"\b",
    re.IGNORECASE,
)
_RELATIVE_AFTER_CLUB = re.compile(r"«C\d+»\s*,\s*(?:who|which)\b[^,]*$")


def event_guesses(tagged: str, mentions: list[Mention]) -> list[Guess]:
    """The event guesses of a tagged sentence no pattern claimed: one per person that has one club
    and exactly one event family near him in a clause free of negation, hedging and player talk."""
    tags = [(m.group(1), int(m.group(2)), m.start(), m.end()) for m in TAG.finditer(tagged)]
    clubs = [t for t in tags if t[0] == "C" and mentions[t[1]].name]
    people = [t for t in tags if t[0] == "P"]
    if not clubs or not people:
        return []
    out = []
    for person in people:
        club = _the_club(tagged, person, clubs)
        if club is None:
            continue
        guess = _pair_event(tagged, person, club)
        if guess is not None:
            out.append(guess)
    return out


def _the_club(tagged: str, person: tuple, clubs: list[tuple]) -> tuple | None:
    """The sentence's only club, or the only one tied to him by 'of/at/with/for' or a possessive."""
    if len(clubs) == 1:
        return clubs[0]
    tied = [c for c in clubs if _tied(tagged, person, c)]
    return tied[0] if len(tied) == 1 else None


def _tied(tagged: str, person: tuple, club: tuple) -> bool:
    """'X of C', 'X's exit from C', 'C's X': the club told with him, in his clause."""
    lo, hi = min(person[3], club[3]), max(person[2], club[2])
    if _CLAUSE_END.search(tagged, lo, hi) or hi - lo > 60 or _FORMER.search(tagged, max(0, lo - 30), hi):
        return False
    if club[2] < person[2]:
        return bool(re.fullmatch(r"'s?\s+(?:[\w-]+\s+){0,3}", tagged[club[3] : person[2]]))
    return bool(_TIED_BEFORE.search(tagged, max(0, club[2] - 30), club[2]))


def _pair_event(tagged: str, person: tuple, club: tuple) -> Guess | None:
    """The one event word between the person and club or right around them, in their clause."""
    lo, hi = min(person[2], club[2]), max(person[3], club[3])
    between = tagged[lo:hi]
    if not _one_clause(between, club[2] < person[2]) or len(TAG.findall(between)) > 2 + between.count("«S"):
        return None  # another clause, or another person or club between: the event may be theirs
    start, end = _side(tagged, lo, hi)
    window = tagged[start:end]
    found = [(event, m) for event, rx in EVENT_FAMILIES if (m := rx.search(window))]
    if len(found) != 1:
        return None  # none, or two events (whose is which stays unclear)
    event, word = found[0]
    if event == "parted":
        event = "dismissed" if club[2] < start + word.start() < person[2] else "left"
    if _unsure(tagged, start, end, event) or _NOT_A_COACH.search(window):
        return None
    if _not_his_post(tagged, person, club, event, start):
        return None
    named = _coach_named(tagged, person)
    return Guess(person[1], club[1], event, start + word.start(), start + word.end(), named)


def _not_his_post(tagged: str, person: tuple, club: tuple, event: str, start: int) -> bool:
    """The club is an opponent, the post he moves to or comes from, or (for gossip) his own club;
    or the move is his staff's."""
    before_club = tagged[max(0, club[2] - 40) : club[2]]
    if _OPPONENT.search(before_club) or _NOT_HIM_BEFORE.search(tagged, max(0, person[2] - 30), person[2]):
        return True
    if event in ("left", "resigned", "dismissed"):  # "left for C", "departed to become C manager"
        return bool(_DESTINATION.search(before_club) or _MOVES_ON.search(tagged, start, club[2]))
    if event == "appointed":
        return bool(_ORIGIN.search(before_club))  # "hired from C": where he came from
    if event == "linked":  # "C's X is the favourite", "C coach X is on the shortlist": another job
        return club[3] <= person[2] and bool(_OWN_CLUB_BEFORE.match(tagged, club[3], person[2]))
    return False


def _one_clause(between: str, club_first: bool) -> bool:
    """The pair sits in one clause: no stop, at most an aside ('X, 45, was sacked by C', 'X, who
    left C'), and a club before him only as the subject of a relative ('C, who sacked X')."""
    if _CLAUSE_END.search(between) or len(between) > 100 or between.count(",") > 2:
        return False
    return not club_first or "," not in between or bool(_RELATIVE_AFTER_CLUB.match(between))


def _side(tagged: str, lo: int, hi: int) -> tuple[int, int]:
    """The pair's span widened by up to `_AROUND` characters each side, stopping at a clause cut."""
    left = tagged[max(0, lo - _AROUND) : lo]
    cuts = list(_SIDE_CUT.finditer(left))
    start = max(0, lo - _AROUND) + (cuts[-1].end() if cuts else 0)
    right = _SIDE_CUT.search(tagged, hi, min(len(tagged), hi + _AROUND))
    end = right.start() if right else min(len(tagged), hi + _AROUND)
    return start, end


def _unsure(tagged: str, start: int, end: int, event: str) -> bool:
    """Negated ('denied he would be sacked', 'not the reason he left') or, for a real change, hedged
    (also just after: 'named X and Y as possible candidates')."""
    if NEGATION.search(tagged, max(0, start - 25), end):
        return True
    return event != "linked" and bool(HEDGE.search(tagged, max(0, start - 25), min(len(tagged), end + 40)))


def _coach_named(tagged: str, person: tuple) -> bool:
    return bool(
        _ROLE_BEFORE_NAME.search(tagged, max(0, person[2] - 20), person[2])
        or _ROLE_AFTER_NAME.match(tagged, person[3])
    )
