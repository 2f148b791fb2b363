"""The gender the text itself gives a person, used only to rule out a reading of "she", "his" or "the
Englishwoman" as someone the text has told is of the other gender (coaching news often tells of a
women's side's new coach and the man she replaces). Nothing is guessed from given names, and a
women's side's coach is no woman by that alone (men coach women's sides): unknown rules nothing out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from pipeline.extract.facts import Mention
from pipeline.extract.people import People

Gender = Literal["f", "m"]

_PRONOUN_GENDER: dict[str, Gender] = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
_OTHER: dict[Gender, Gender] = {"f": "m", "m": "f"}

# "the Englishwoman", "the Dutchman", "the former Chelsea man": a reference ending in a gendered noun
# ("his predecessor" says nothing of the predecessor; "the 38-year-old" nothing at all; a title held by
# women too, "chairman", tells nothing)
# words ending in "man" that tell no gender: "chairman", "spokeswoman", "German", "Oman"
_UNGENDERED = r"(?!(?i:chair|spokes|sales|german\b|roman\b|oman\b))"
_GENDERED_END = re.compile(r"(?i:\b" + _UNGENDERED + r"[a-z]*?(wo)?man)$")
# "Mr Smith", "Mrs. Jones", "Englishman Dave Cheatley", "the Dutchwoman Sarina Wiegman": told before
# the name (a chairman or spokesman title is held by women too; "German", "Roman", "Oman" are no nouns
# of a person)
_GENDER_BEFORE = re.compile(
    r"(?:\b(?P<title>Mrs|Ms|Miss|Mr)\.?|\b" + _UNGENDERED + r"[A-Z][a-z]+?(?P<noun>(?:wo)?man))\s+$"
)
# "X, the 45-year-old Englishwoman,": told in an apposition right after the name
_GENDER_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:\d{2}-year-old\s+)?(?:former\s+)?"
    + _UNGENDERED
    + r"[A-Z][a-z]+?(?P<noun>(?:wo)?man)\b"
)
# "He", "Her" opening a sentence: the one person the sentence before named
_OPENING_PRONOUN = re.compile(r"\s*(He|She|His|Her)\b")
# reported speech may mean anyone: what a quoted speaker says is not read
_QUOTE = re.compile(r"[\"“”]")


def told_gender(reference: str) -> Gender | None:
    """The gender a pronoun or descriptor says its person has: 'she' and 'the Englishwoman' a woman,
    'his' and 'the Welshman' a man; None for 'the 38-year-old', 'his predecessor'."""
    said = reference.strip().lower()
    if said in _PRONOUN_GENDER:
        return _PRONOUN_GENDER[said]
    noun = _GENDERED_END.search(said)
    if noun is None:
        return None
    return "f" if noun.group(1) else "m"


def disagrees(person: str | None, gender: Gender | None, people: People) -> bool:
    """The text has told `person` is of the other gender than `gender`."""
    return bool(person and gender and people.gender.get(person) == _OTHER[gender])


def learn_genders(sentence: str, named: Sequence[Mention], people: People) -> None:
    """Remember the genders this sentence tells of the people it names by a title or a gendered noun
    beside the name, and of the one person the sentence before named by a pronoun opening this one
    ('X … . She …'; a pronoun later in a sentence may mean someone named before it). What is told
    first is kept."""
    persons = [m for m in named if m.kind == "P" and not m.pronoun and m.name]
    for m in persons:
        _tell(m.name, _gender_beside(sentence, m), people)
    if _QUOTE.search(sentence):
        return
    if pronoun := _OPENING_PRONOUN.match(sentence):
        previous = _named_in_previous_sentence(people)
        if len(previous) == 1:
            _tell(previous[0], _PRONOUN_GENDER[pronoun.group(1).lower()], people)


def other_candidate(gender: Gender, before: Sequence[Mention], ruled_out: str, people: People) -> str | None:
    """Who a reference of `gender` means once `ruled_out` is: the latest person named before it in
    its sentence, else the person named last in the story, whose gender does not disagree."""
    seen = [m.name for m in reversed(before) if m.kind == "P" and m.name]
    seen += sorted(people.last_named, key=lambda p: people.last_named[p], reverse=True)
    for person in seen:
        if person != ruled_out and not people.is_executive(person) and not disagrees(person, gender, people):
            return person
    return None


def _gender_beside(sentence: str, m: Mention) -> Gender | None:
    before = _GENDER_BEFORE.search(sentence, max(0, m.start - 30), m.start)
    if before:
        if before.group("title"):
            return "m" if before.group("title") == "Mr" else "f"
        return "f" if before.group("noun").startswith("wo") else "m"
    after = _GENDER_AFTER.match(sentence, m.end)
    if after:
        return "f" if after.group("noun").startswith("wo") else "m"
    return None


def _named_in_previous_sentence(people: People) -> list[str]:
    if people.cursor is None:
        return []
    return [p for p, seen in people.last_named.items() if seen == people.cursor - 1]


def _tell(person: str, gender: Gender | None, people: People) -> None:
    if gender is not None:
        people.gender.setdefault(person, gender)
