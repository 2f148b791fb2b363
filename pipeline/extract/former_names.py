"""A club the story names only by a name it has since dropped is printed under that name: a 2017
report on "Shanghai SIPG" is about the club of that name, and a reader records it so, as the club's
own records of those seasons do; today's name ("Shanghai Port") stays where the story uses it
anywhere. The former names are reference data (pipeline/reference/former_names.csv), each also a
strong alias of today's row, so the club is the same one for everything downstream (`lookup_club`).

So is a club the story names only by another name the press prints as the club's own
(pipeline/reference/name_forms.csv): the town a genitive Scandinavian name is read as ("Aalesund"
for Aalesunds FK), the club's own-language name where the row gives the English one ("Rapid Wien"),
the short name it plays under ("MK Dons", "SCR Altach"). Nicknames, acronyms and English
renderings of a local name ("Spurs", "QPR", "Cologne") are no such forms: a reader records the
club's full name for them."""

from __future__ import annotations

import dataclasses
from functools import cache

from pipeline.extract.facts import Fact
from pipeline.extract.lexicon import cfold as fold
from pipeline.reference import club_name_forms, former_club_names


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    """Canonical club → its former names and the press's other forms of its name."""
    out = dict(former_club_names())
    for club, forms in club_name_forms().items():
        out[club] = (*out.get(club, ()), *forms)
    return out


def _name_of_its_time(club: str, folded_text: str) -> str | None:
    """The longest other name of `club` the text uses, when it never uses today's name."""
    if f" {fold(club)} " in folded_text:
        return None
    used = [name for name in _other_names().get(club, ()) if f" {fold(name)} " in folded_text]
    return max(used, key=len) if used else None


def names_of_their_time(facts: list[Fact], text: str) -> list[Fact]:
    """Facts at a club the text names only by another name of it carry that name."""
    other = _other_names()
    clubs = {f.club for f in facts if f.club in other}
    if not clubs:
        return facts
    folded_text = f" {fold(text)} "
    named = {club: name for club in clubs if (name := _name_of_its_time(club, folded_text))}
    return [dataclasses.replace(f, club=named[f.club]) if f.club in named else f for f in facts]
