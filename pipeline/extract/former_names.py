"""A club the story names only by a name it has since dropped is printed under that name: a 2017
report on "Shanghai SIPG" is about the club of that name, and a reader records it so, as the club's
own records of those seasons do; today's name ("Shanghai Port") stays where the story uses it
anywhere. The former names are reference data (pipeline/reference/former_names.csv), each also a
strong alias of today's row, so the club is the same one for everything downstream (`lookup_club`)."""

from __future__ import annotations

import dataclasses

from pipeline.extract.facts import Fact
from pipeline.extract.lexicon import cfold as fold
from pipeline.reference import former_club_names


def _name_of_its_time(club: str, folded_text: str) -> str | None:
    """The longest former name of `club` the text uses, when it never uses today's name."""
    if f" {fold(club)} " in folded_text:
        return None
    used = [name for name in former_club_names().get(club, ()) if f" {fold(name)} " in folded_text]
    return max(used, key=len) if used else None


def names_of_their_time(facts: list[Fact], text: str) -> list[Fact]:
    """Facts at a club the text names only by a former name carry that name."""
    former = former_club_names()
    clubs = {f.club for f in facts if f.club in former}
    if not clubs:
        return facts
    folded_text = f" {fold(text)} "
    named = {club: name for club in clubs if (name := _name_of_its_time(club, folded_text))}
    return [dataclasses.replace(f, club=named[f.club]) if f.club in named else f for f in facts]
