"""Aides beside their head coach: the assistant's own posts told through his boss's. A rule reading a
head coach from his aide's post ("X worked as an assistant to Y at C", "X, currently Y's assistant at
C", "X was part of Y's staff at C") tells Y's spell at each club; the aide, apposed, the relative
clause's man or the clause's first man, held a post there too, as an assistant (a derived, weak
fact), unless his post is told as still to come or he is named after the clubs (another rule reads
him then). `rule_facts` applies `aide_beside_head` to the facts of each rule in
`HEAD_OF_AIDE_RULES`, and `title_won_beside_boss` to a title an aide won with his boss ("the assistant of Y,
with whom he won the league at C": Y's spell at C, the aide's as an assistant); this module reads only the
tagged sentence and those facts."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.coordinated_people import OBLIQUE_TAG
from pipeline.extract.coreference import AIDE_LINK_BEFORE
from pipeline.extract.facts import CLAUSE_BREAK, PERSON_TAG, Fact, TaggedSentence
from pipeline.extract.rules import rule_names
from pipeline.extract.rules.grammar import AIDE_COPULA

# the rules reading a head coach from his aide's post ("X worked as an assistant to Y at C", "X, currently
# Y's assistant at C", "X was part of Y's staff at C"): the aide, the clause's subject, held a post at each
# club too
HEAD_OF_AIDE_RULES = rule_names(
    "head-of-assistant-at",
    "second-head-of-assistant-at",
    "head-of-aide-in-view",
    "head-of-possessed-aide-in-view",
    "head-of-aide-under-in-view",
    "boss-staff-in-view",
    "club-aide-under-boss",
    "aide-of-at-head",
    "assistant-of-at",
    "boss-staff-at",
    "boss-staff-when-won",
    "aide-following-head-to",
    "head-followed-from",
    "head-followed-from-to",
)
# "X, currently Y's assistant at C", "X, 44, the former assistant of Y": the aide apposed right before
_AIDE_APPOSED = re.compile(r"«P(\d+)»(?:,\s+\d{2})?,\s+(?:[a-z\-]+\s+){0,3}$")
# "X, who was Y's assistant at C": the man the relative clause is about
_AIDE_WHO = re.compile(r"«P(\d+)»,?\s+who\s+(?:[^«.;:]|«[CS]\d+»){0,100}$")
# "For more than a decade X was Y's assistant": the clause's first man, after at most a short fronted phrase
_OPENING_MAN = re.compile(r"(?:[^«]|«[CS]\d+»){0,50}?«P(\d+)»(?!['’])")
# a boss rule's match opening on the link itself: "… worked as an assistant to Y", "X was the assistant of Y"
_AIDE_LINK_LEAD = re.compile(r"(?:as|" + AIDE_COPULA + r")\s+", re.IGNORECASE)
# the aide's post told as to come or as a new appointment: not a spell he held beside the head coach
_AIDE_POST_TO_COME = re.compile(
    r"\b(?:will|would|shall|set\s+to|due\s+to|expected\s+to|is\s+to|to\s+(?:become|be|join)|named|appointed|hired|"
    r"unveiled)\b",
    re.IGNORECASE,
)
# "Y's assistant at C, Z, …": the aide named after the clubs, whom another rule reads
_AIDE_NAMED_AFTER = re.compile(
    r"(?:the\s+)?«[CS]\d+»(?:\s*(?:,|and)\s*(?:the\s+)?«[CS]\d+»)*\s*,?\s+«P\d+»(?!['’])"
)


def aide_beside_head(match: re.Match[str], sent: TaggedSentence, heads: list[Fact]) -> list[Fact]:
    """The aide's own posts beside the head coach's a boss rule read: the same clubs, as an assistant."""
    tagged = sent.tagged
    if _AIDE_NAMED_AFTER.match(tagged, match.end()):
        return []
    aide = _aide_of_head(tagged, match.start())
    if aide is None or _AIDE_POST_TO_COME.search(tagged, tagged.find(f"«P{aide}»"), match.start()):
        return []
    name = sent.mentions[aide].name
    return [
        replace(f, coach=name, role="assistant_coach", derived=True, weak=True)
        for f in heads
        if f.coach != name and f.event == "in_charge"
    ]


def _aide_of_head(tagged: str, at: int) -> int | None:
    """The aide a head coach's post at `at` is told through: apposed, the relative clause's man, else
    the first man of the clause (when no other man stands between him and the post)."""
    for told in (_AIDE_APPOSED.search(tagged, 0, at), _AIDE_WHO.search(tagged, 0, at)):
        if told:
            return int(told.group(1))
    clause = max((m.end() for m in CLAUSE_BREAK.finditer(tagged, 0, at)), default=0)
    first = _OPENING_MAN.match(tagged, clause)
    if not first or first.end() > at:
        return None
    if OBLIQUE_TAG.search(tagged, max(0, first.start() - 12), first.start()):
        return None
    lead = _AIDE_LINK_LEAD.match(tagged, at)
    if not AIDE_LINK_BEFORE.search(tagged, first.end(), lead.end() if lead else at):
        return None
    between = PERSON_TAG.finditer(tagged, first.end(), at)
    return None if any(not tagged.startswith("'s", m.end()) for m in between) else int(first.group(1))


# "X was the assistant of Y, with whom he won the Champions League at C": a title won with a man named just
# before ("with whom"), whom the subject served as an aide ("assistant of Y", "Y's number two")
_WITH_WHOM_BEFORE = re.compile(r"«P(\d+)»,\s+with\s+whom\s+$")
_AIDE_OF_BOSS = re.compile(
    r"\b(?:assistant|number\s+two|deputy|aide|right-hand\s+man)\s+(?:(?:coach|manager)\s+)?(?:to|of)\s+«P(\d+)»"
    r"|«P(\d+)»['’]s?\s+(?:[\w\-]+\s+)?(?:assistant|number\s+two|deputy|aide|right-hand\s+man)\b",
    re.IGNORECASE,
)


def title_won_beside_boss(match: re.Match[str], sent: TaggedSentence, found: list[Fact]) -> list[Fact]:
    """A title his aide won with a head coach ('the assistant of Y, with whom he won the league at C'): the
    spell at C is Y's as its head coach, the aide's there an assistant's."""
    boss = _WITH_WHOM_BEFORE.search(sent.tagged, max(0, match.start() - 30), match.start())
    if boss is None:
        return found
    links = (
        next(g for g in m.groups() if g) for m in _AIDE_OF_BOSS.finditer(sent.tagged, 0, boss.start() + 12)
    )
    if boss.group(1) not in links:
        return found
    name = sent.mentions[int(boss.group(1))].name
    # (a man with an assistant is a coach: his spell needs no support from elsewhere)
    heads = [replace(f, coach=name, role="head_coach", needs_support=False) for f in found if f.coach != name]
    return heads + [
        replace(f, role="assistant_coach", derived=True, weak=True) for f in found if f.coach != name
    ]
