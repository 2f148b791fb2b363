"""A translated headline telling the appointment as 'X becomes new head coach in C' (Danish, Dutch and
German copy say "in" where English says "of"): C is the story's club, whose staff a clubless sentence
tells, even where the appointee's old club is named more often. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_TEXT = (
    "Randers FC has found its new head coach. "
    "It is Tomas Berg, the former Silkeborg IF midfielder, who won two titles with Silkeborg IF "
    "and later coached the youth of Silkeborg IF. "
    '"Tomas knows our league," said the sporting director. '
    "Goalkeeping coach Jens Holm continues."
)


def _clubs(coach: str, event: str, title: str) -> set[str]:
    facts = facts_of(_TEXT, "2024-06-12", title=title)
    return {f["club"] for f in facts if f["coach"] == coach and f["event"] == event}


@pytest.mark.parametrize(
    "title",
    [
        "Tomas Berg becomes new head trainer in Randers FC",
        "Tomas Berg is the new coach in Randers",
        "Berg new manager in Randers FC",
    ],
)
def test_new_coach_in_club_headline_names_the_storys_club(title: str) -> None:
    assert _clubs("Jens Holm", "in_charge", title) == {"Randers FC"}


@pytest.mark.parametrize(
    "title",
    [
        "Tomas Berg becomes new head coach in the Superliga",  # a league, no club
        "Silkeborg IF legend Berg gets his first job",  # no appointment words
    ],
)
def test_headline_without_a_club_after_in_names_no_storys_club(title: str) -> None:
    assert _clubs("Jens Holm", "in_charge", title) != {"Randers FC"}
