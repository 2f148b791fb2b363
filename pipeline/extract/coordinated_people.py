"""Coordinated people: the others a rule's match stands for besides the man it names. Its subject
may be a list or a pair ('A and B were sacked', 'Assistants A, B and C, and goalkeeping coach D, have
also left'), its object a list ('terminated the contracts of A and B'), and 'as did Y' or 'along with
coach Y' adds one more; a man named as the object of 'to', 'of', 'under', 'with' or 'from' before 'and'
+ verb hands the verb back to the clause's subject ('worked as an assistant to Y with C and coached D':
not Y's). `rule_facts` asks `with_coordinated_people` for the people of each match and
`coordinated_subject` for the subject of each; this module reads only the tagged sentence and the
rule's name and event."""

from __future__ import annotations

import re

from pipeline.extract.facts import PERSON_TAG, REAL_EVENTS, TAG, TaggedSentence
from pipeline.extract.lexicon import LIST_SEP
from pipeline.extract.rules import Rule, rule_names
from pipeline.extract.rules.grammar import DEMONYM_WORD

# "A and B, coach of the under-21 side": a singular title describes only the name it follows
# "X, the coach of C", "X, the technician whom the club dismissed": the apposition describes X alone
_SINGLE_APPOSITION = re.compile(
    r"«P\d+»,\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:coach|manager|boss|technician|trainer|tactician)\s+(?:of|whom)\b"
)
# "A and B, now at C, have both been mentioned": where B works now, not A (a rumour of both is read apart)
_NOW_AT_APPOSITION = re.compile(r"«P\d+»,\s+(?:now|currently)\s+(?:back\s+)?(?:at|with)\b")
# "A and B, who was fired by C last month": a singular relative clause is B's alone (unless the match
# goes on past it to the main verb: "A and B, who was fired by C, are among the favourites")
_SINGULAR_RELATIVE = re.compile(r"«P\d+»,\s+who\s+(?:was|is|has)\b[^,]*")


# a staff title before the man: "goalkeeping coach", "his assistant", "the fitness coach"
_AS_DID_TITLE = (
    r"(?:(?:his|her|their|the)\s+)?(?:(?:assistant|goalkeeping|goalkeeper|fitness|physical|athletic|first-team)\s+)?"
    r"(?:coach\s+|manager\s+|assistant\s+|trainer\s+|preparer\s+)?"
)
# "A and B agreed new contracts, as did C", "X was sacked, as was his assistant Y", "A returns with him, as
# does fitness coach B", "A is among the candidates, as is B": C, Y and B too
_AS_DID = re.compile(
    r"[^«.;:!?]{0,25}?,\s+(?:as\s+(?:did|was|were|is|are|has|have|had|does|do|will)\s+(?:(?:his|her|their)\s+[\w\-]+\s+|"
    + _AS_DID_TITLE
    # "X has also signed on, along with goalkeeping coach Y": Y's own change, told with X's
    + r")|along\s+with\s+"
    + _AS_DID_TITLE
    + r")«P(\d+)»"
)


# "worked as an assistant to Y with C and coached D": a verb joined by 'and' after a man named as the
# object of 'to'/'of'/'under'/'with' has the clause's subject, not him; so has a spell told by a gerund
# after him ("worked under Y at C, coaching the under-23s", "an assistant to Y after coaching C's youth
# team"): Y is only the boss the subject served
_SPELL_GERUND = r"(?:coaching|managing|leading|running|serving|working|starting|beginning|stepping)\b"
# "an assistant to Y after three years in charge of C's under-21s", "… after a decade with the academy": a
# spell told by its length after him is the subject's too
_SPELL_LENGTH = (
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+(?:years|seasons)|"
    r"a\s+(?:decade|year|season|spell|stint))\s+(?:in\s+charge|at\s+the\s+helm|with|at)\b"
)
# (not past a relative clause on him: "under Y, who won the title and coached D" is Y's)
_AND_VERB = re.compile(
    r"(?:(?!,\s+who\b)[^«.;:!?]|«[CS]\d+»)*?(?:\s(?:and|but)\s+(?:before\s+that\s+)?"
    r"(?:then\s+|later\s+|also\s+|previously\s+|earlier\s+)?(?:[a-z]+ed|took|led|won|spent|had|ran)\b|"
    r",\s+" + _SPELL_GERUND + r"|\s(?:after|before)\s+(?:" + _SPELL_GERUND + "|" + _SPELL_LENGTH + "))"
)
OBLIQUE_TAG = re.compile(r"\b(?:to|of|under|with|alongside|for|from)\s+$", re.IGNORECASE)
# "X has been Y's assistant since 2018 and previously …", "joined Y's staff after coaching at C": Y is
# named as the boss whose staff the subject joined, the same as 'an assistant to Y'
_BOSS_OF_STAFF = re.compile(
    r"['’]s?\s+(?:[\w\-]+\s+)?(?:assistant|deputy|staff|backroom\s+team|number\s+two|right-hand\s+man)\b",
    re.IGNORECASE,
)


# "X was appointed to replace Y, who left for Z, and previously coached A", "He replaced Y and previously
# coached A": after the object (and a relative clause on him), 'and' + verb goes back to the subject
_RELATIVE_THEN_AND = re.compile(
    r"(?:,\s+who\s(?:[^«,.;:!?]|«[CS]\d+»)+,)?\s+and\s+(?:has\s+|had\s+)?(?:previously\s+|also\s+|before\s+that\s+)?"
    r"[a-z]+ed\b"
)
_OBJECT_VERB_BEFORE = re.compile(
    r"\b(?:replace[sd]?|replacing|succeed(?:s|ed|ing)?|sacked|appointed|hired|from)\s+$"
)


def verb_after_object(tagged: str, person: int, verb_at: int) -> bool:
    """Whether man `person` is the object of a change ('replaced Y', 'succeeded Y', 'sacked Y') and the
    verb at `verb_at` is one that 'and' joins after him (past a relative clause on him): 'He replaced Y
    and previously coached C' tells the subject's spell, not Y's."""
    tag = f"«P{person}»"
    at = tagged.find(tag)
    if at < 0 or not _OBJECT_VERB_BEFORE.search(tagged, max(0, at - 14), at):
        return False
    after_aside = _RELATIVE_THEN_AND.match(tagged, at + len(tag))
    return after_aside is not None and after_aside.end() >= verb_at


def coordinated_subject(tagged: str, person: int, match: re.Match[str]) -> int:
    tag = f"«P{person}»"
    at = tagged.find(tag)
    if 0 <= at < match.end() and verb_after_object(tagged, person, match.start()):
        return _subject_before(tagged, at, person)
    head = _list_head(tagged, at) if at >= 0 else at
    if at < 0 or at >= match.end():
        return person
    named_as_boss = OBLIQUE_TAG.search(tagged, max(0, head - 12), head) or _BOSS_OF_STAFF.match(
        tagged, at + len(tag)
    )
    if not named_as_boss:
        return person
    verb = _AND_VERB.match(tagged, at + len(tag))
    if not verb or verb.end() > match.end():
        return person
    return _subject_before(tagged, at, person)


# "under A and B", "with A, B and C": a man named after another in a list
_LISTED_AFTER = re.compile(r"«P\d+»" + LIST_SEP + "$")


def _list_head(tagged: str, at: int) -> int:
    """Where the list of men ending with the one named at `at` starts ('under A and B': A)."""
    while found := _LISTED_AFTER.search(tagged, max(0, at - 16), at):
        at = found.start()
    return at


def _subject_before(tagged: str, at: int, person: int) -> int:
    """The last man named before `at` as a subject (not 'to'/'of'/… nor a possessive), else `person`."""
    subjects = [
        m
        for m in TAG.finditer(tagged, 0, at)
        if m.group(1) == "P"
        and not tagged.startswith("'s", m.end())
        and not OBLIQUE_TAG.search(tagged, max(0, m.start() - 12), m.start())
    ]
    return int(subjects[-1].group(2)) if subjects else person


def with_coordinated_people(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, people: list[int]
) -> list[int]:
    """The match's people with those coordinated with them: others in its subject ('A and B were
    sacked'), its object list, 'in talks with X, …, and Y', and 'as did Y'."""
    tagged = sent.tagged
    gd = match.groupdict()
    # (not when the match's man was only the object before the verb: "under A and B, and took charge")
    opens_on_subject = gd.get("p") and match.start() == match.start("p") - 2 and int(gd["p"]) in people
    single = _SINGLE_APPOSITION.match(tagged, match.start()) or _SINGULAR_RELATIVE.fullmatch(match.group(0))
    single = single or (rule.name == "is-now-at" and _NOW_AT_APPOSITION.match(tagged, match.start()))
    # "his second A, the fitness coach B and the analyst C, who had already worked with him at D": the time
    # beside his boss told of the man named right before "who" (the training gold keeps him alone)
    single = single or rule.name == "aide-with-boss-at"
    if opens_on_subject and not single:  # others in its subject
        others = _list_subject(tagged, match.start()) or _coordinated(sent, match.start())
        people = others + people
    elif rule.name in _OBJECT_LIST_RULES and gd.get("p") and match.end() == match.end("p") + 1:
        people = people + _coordinated_objects(tagged, match.end())
    elif rule.name in ARRIVING_STAFF_RULES:
        more = _coordinated_objects(tagged, match.end(), _ARRIVING_AND_AFTER)
        people = people + [k for k in more if k not in people]
    elif (
        rule.name in ("in-talks", "held-talks-with")
        and not gd.get("p2")
        and (more := _AND_AFTER_ASIDE.match(tagged, match.end()))
    ):
        people = [*people, int(more.group(1))]
    # (a candidate too: "…, as is Y"; not a stand-in's spell, his alone: "A, who led the team on Sunday,
    # stays on, as does goalkeeping coach B")
    if (rule.event in REAL_EVENTS or rule.event == "linked") and rule.role != "caretaker":
        also = _AS_DID.match(tagged, match.end())
        people = [*people, int(also.group(1))] if also else people
    return people


# ("… part ways with A and that B's name was circulating": "and that" opens a clause of its own)
_AND_BEFORE = re.compile(r"«P(\d+)»(?:'s?)?\s+and\s+(?!that\b)(?:[^«».,;:!?]|«[CS]\d+»){0,40}$")


_AND_BEFORE_ASIDE = re.compile(
    r"«P(\d+)»,\s+(?:[^«».,;:!?]|«[CS]\d+»){1,90},\s+and\s+(?:[^«».,;:!?]|«[CS]\d+»){0,40}$"
)
_PLURAL_VERB = re.compile(r"«P\d+»\s+(?:are|were|have)\b")


# An item of a staff list told as one plural subject: "goalkeeping coach «P4»",
# "«P0»'s son «P3», also an assistant,", "«S1» coach «P2»" (a squad's title: "first-team coach B"), "the
# former «C2» manager «P3»" (his past club's title)
_LIST_WORDS = r"(?:(?:[A-Za-z\-]+|«P\d+»'s?|«[SC]\d+»)\s+){0,4}"
_STAFF_ITEM = _LIST_WORDS + r"«P\d+»(?!')(?:,\s+also\s+an?\s+[a-z\- ]{1,30},)?"
_LIST_BEFORE = re.compile(rf"(?:{_STAFF_ITEM}(?:\s*,\s*(?:and\s+)?|\s+and\s+))+{_LIST_WORDS}$")
# the subject, an aside about them all, then a plural verb: "…, and coach «P4», have also left"
_PLURAL_AFTER = re.compile(r"«P\d+»(?:,[^,«]{1,90},)?,?\s+(?:are|were|have|will\s+also)\b")


def _list_subject(tagged: str, start: int) -> list[int]:
    """'Assistants A, B and C, and goalkeeping coach D, have also left': A, B and C with D."""
    if not _PLURAL_AFTER.match(tagged, start):
        return []
    m = _LIST_BEFORE.search(tagged, max(0, start - 200), start)
    if m is None:
        return []
    return [int(k) for k in re.findall(r"«P(\d+)»(?!')", m.group(0))]


def _coordinated(sent: TaggedSentence, start: int) -> list[int]:
    """'Former Swansea boss Cooper and ex-Watford manager Edwards are among …': Cooper too."""
    tagged = sent.tagged
    m = _AND_BEFORE.search(tagged, max(0, start - 80), start)
    if m is None and _PLURAL_VERB.match(tagged, start):  # "A, out of work since May, and B are mentioned"
        m = _AND_BEFORE_ASIDE.search(tagged, max(0, start - 150), start)
    reflexive = m is not None and _REFLEXIVE.fullmatch(sent.mentions[int(m.group(1))].text)
    if reflexive and not _AFTER_PERSON.search(tagged, 0, m.start()):
        return []  # "X will sit on the bench himself and Y returns to …": the clause before ends on X
    return [int(m.group(1))] if m else []


_REFLEXIVE = re.compile(r"(?:him|her)self", re.IGNORECASE)
_AFTER_PERSON = re.compile(r"«P\d+»\s*$")


# Rules ending on their object, which may be a list: "terminated the contracts of A and B"

_OBJECT_LIST_RULES = rule_names(
    "terminate-contract",
    "active-sacked",
    "staff-renewed",
    "fitness-title-person",
    "aide-title-person",
    "joined-by-staff",
    "approached",  # "had sounded out A, Brentford's B and C": each was approached
    "arrives-with-staff",  # "arrives with his staff, including assistant A and fitness coach B"
    "played-under",  # "an assistant under A and B": each was the head coach
)
# A new man's arriving aides, whose list may go on past the match in another shape: "brings with him the
# assistants A and B", "her assistants will be A and goalkeeper coach B", "brings in A as his assistant and
# the Dutch fitness coach B", "arrives with A as second assistant and fitness coach B": each arrives
ARRIVING_STAFF_RULES = rule_names(
    "brings-with-him-staff",
    "new-staff-includes",
    "in-his-staff-are",
    "aides-join-as-titles",
    "aide-will-be",
    "bring-as-assistants",
    "brings-aides-as-titles",
    "brings-titled-staff",
    "staff-includes",
)
# a staff title before a listed name: "his long-time assistant", "first-team coach", "goalkeeping coach";
# or the man's club ("Brentford's B")
_LIST_TITLE = (
    # ("A and the former Monaco coach B")
    r"(?:«C\d+»['’]s\s+)?(?:(?:his|her|their|the)\s+)?(?:(?:former|ex-)\s*(?:«C\d+»\s+)?)?"
    r"(?:(?:long-?time|assistant|head|first-team|«S\d+»|goalkeeping|fitness|"
    r"performance)\s+)?(?:coach\s+|manager\s+|analyst\s+)?"
)
# … and an arriving aide's, in more words: "the Dutch fitness coach B", "goalkeeper coach B", "physical
# trainer B", "conditioning coach B"
_ARRIVING_TITLE = (
    r"(?:(?:his|her|their|the)\s+)?(?:" + DEMONYM_WORD + r")?"
    r"(?:(?:assistant|first-team|«S\d+»|goalkeeping|goalkeeper|fitness|physical|conditioning|performance)\s+)?"
    r"(?:coach\s+|manager\s+|analyst\s+|trainer\s+)?"
)
# "A, who worked with him at C, and B": an aside on the first man of the list (it may name others: not
# listed), closed by the comma before the next item
_FIRST_ITEM_ASIDE = r"(?:\s*,\s+who\s+(?:[^«.;:!?,]|«[CSP]\d+»){1,80}?(?=\s*,))?"


def _and_after(title: str) -> re.Pattern[str]:
    """The rest of a list after its first man, each named after `title`: ', B and C', ' and coach D'."""
    return re.compile(
        _FIRST_ITEM_ASIDE
        + r"((?:\s*,\s*"
        + title
        + r"«P\d+»)*)\s*,?\s+and\s+"
        + title
        + r"«P(\d+)»(?!'s?\b)"
        # (not one whose own clause goes on: "… and fitness coach B stays with the club")
        + r"(?!\s+(?:was|were|is|has|had|will|took|takes|stays|remains|continues|leaves|moves))"
        # (not a man whose own aside keeps him elsewhere: "… and goalkeeping coach B, who stays on at C")
        + r"(?!\s*,\s+who\s+(?:will\s+)?(?:also\s+)?(?:stays|remains|continues|stay|remain|continue)\b)"
    )


_AND_AFTER = _and_after(_LIST_TITLE)
# (not an aide kept on: "… and B, who has been retained"; nor one told "B as <title>", a shape the rule's own
# list reads, or passed over for a title it does not know)
_ARRIVING_AND_AFTER = _and_after(
    _ARRIVING_TITLE + r"(?=«P\d+»(?!\s+as\b)(?!\s*,\s+who\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:already|kept\s+on|retained)\b))"
)


# "talks with A, who was sacked by C in March, and B, …": the second man, after the first one's aside
_AND_AFTER_ASIDE = re.compile(
    r"\s*,\s+(?:who|whom|the|a|an)\b(?:[^«.;:]|«[CS]\d+»){0,100}?,\s+and\s+«P(\d+)»(?!['’]s?\b)",
    re.IGNORECASE,
)


def _coordinated_objects(tagged: str, end: int, rest: re.Pattern[str] = _AND_AFTER) -> list[int]:
    """'… of Cromwell and Greene', '… sacked A, B and C': the others in the list."""
    m = rest.match(tagged, end)
    if m is None:
        return []
    return [int(k) for k in PERSON_TAG.findall(m.group(1))] + [int(m.group(2))]
