"""Aides of one staff list told with the verb once: "appointed A as goalkeeping coach and B as performance
analyst", "A joins as assistant coach, B as fitness coach and C as video analyst", "hired A, previously of
C, as its new physical coach, and B as video analyst"; and an aide added to his boss's clause by "with":
"appointed X as head coach, with B as his assistant", "X arrived in July with his son B as assistant".
Each such item leaves the verb out, so no rule reads it; it tells the same change as the man before it
(the fact a rule read for him), with the aide's own title. This module reads only the tagged sentence and
its facts."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.facts import Fact, TaggedSentence
from pipeline.extract.lexicon import LIST_SEP
from pipeline.extract.rules.cues import ROLE_WORDS
from pipeline.extract.rules.grammar import BACKROOM_TITLE

# a staff post after "as": a backroom title ("goalkeeping coach", "physical trainer", "video analyst") or a
# specialist's ("strength and conditioning coach", "sports scientist", "head of physical performance",
# "first-team coach"); never the head coach's, which other rules read
_STAFF_POST = (
    r"(?:(?:the|an?|his|her|its|their|new|«P\d+»['’]s?)\s+)*(?!head\s+coach\b|manager\b|coach\b)(?:"
    + BACKROOM_TITLE
    + r"|(?:(?:[\w\-]+|«S\d+»)\s+){0,3}?(?:coach|trainer|analyst|scientist)"
    r"|head\s+of\s+(?:[\w\-]+\s+){0,2}?(?:performance|analysis|goalkeeping|fitness|conditioning|science))\b"
)
# one item with its verb left out: "(, and) «P» as goalkeeping coach" (group "k": the aide)
_GAPPED_ITEM = re.compile(
    r"(?:" + LIST_SEP + r")«P(?P<k>\d+)»\s+as\s+(?P<post>" + _STAFF_POST + r")", re.IGNORECASE
)
# the item before it ends on its own post: "… joins as assistant coach"
_ENDS_ON_POST = re.compile(r"\bas\s+" + _STAFF_POST + r"$", re.IGNORECASE)
# an aide added by "with" to his boss's clause, with the words about him: ", with Y as his assistant", "with
# his son Y as assistant", "with Englishman Y as goalkeeping coach"
_WITH_AIDE = re.compile(
    r"\bwith\s+(?:(?:his|her|their|the)\s+)?(?:(?-i:[a-z][\w\-]*)\s+){0,2}?(?:(?-i:[A-Z][\w\-]+)\s+)?"
    r"«P(?P<k>\d+)»\s+as\s+(?P<post>" + _STAFF_POST + r")",
    re.IGNORECASE,
)
# the man of the item before: the last name before it (not a possessive: "joins Corica's staff"), with no
# other clause between
_ITEM_MAN = re.compile(r"«P(\d+)»(?!['’])(?:[^«.;:]|«[CS]\d+»|«P\d+»['’]s?){0,80}$")
# the events a staff list tells for each of its aides
_LIST_EVENTS = ("appointed", "in_charge", "extended", "left")


def gapped_aides(sent: TaggedSentence, facts: list[Fact]) -> list[Fact]:
    """The facts of the later items of a staff list told with its verb once, and of aides added by "with",
    each copying the fact of the man before (the one a rule read) with the aide's own title."""
    tagged = sent.tagged
    out: list[Fact] = []
    for item in _GAPPED_ITEM.finditer(tagged):
        before = _ITEM_MAN.search(tagged, 0, item.start())
        if before and _ENDS_ON_POST.search(tagged, before.end(1), item.start()):
            out.extend(_aide_facts(sent, facts + out, int(before.group(1)), item))
    for item in _WITH_AIDE.finditer(tagged):
        if sent.mentions[int(item.group("k"))].said_as_him:
            continue  # "A arrives with him as assistant": A is the aide, "him" his boss
        before = _ITEM_MAN.search(tagged, 0, item.start())
        if before:  # (his boss's change only: "U19 coach X takes the team, with Y as his assistant" is no
            # spell of Y's with the U19)
            found = _aide_facts(sent, facts + out, int(before.group(1)), item)
            out.extend(f for f in found if f.event != "in_charge")
    return out


def _aide_facts(sent: TaggedSentence, facts: list[Fact], before: int, item: re.Match[str]) -> list[Fact]:
    """The facts of the man before (`before`, a mention index) told again for the item's aide, unless a rule
    reads the aide already."""
    first, aide = sent.mentions[before].name, sent.mentions[int(item.group("k"))].name
    if aide == first or any(f.coach == aide for f in facts):
        return []
    told = [f for f in facts if f.coach == first and f.event in _LIST_EVENTS and f.club]
    changes = [f for f in told if f.event != "in_charge"]
    role = next((r for rx, r in ROLE_WORDS if rx.search(item.group("post"))), "assistant_coach")
    # (the change, not the post before it: "hired A, previously of C, as …")
    return [
        replace(f, coach=aide, role=role, trigger=item.start("k"), derived=True, copied_from=f)
        for f in changes or told
    ]


def date_as_copied(facts: list[Fact]) -> None:
    """An aide's copy of the change of the man before takes that man's date decision: 'appointed X as head
    coach, with Y as his assistant' tells one change, dated or undated alike (`postprocess` does not date an
    undated head coach's change by the news, nor his aide's copy of it)."""
    for f in facts:
        src = f.copied_from
        if src is None:
            continue
        f.date, f.until, f.tense_dated, f.past_told = src.date, src.until, src.tense_dated, src.past_told
