"""Two habits of translated Spanish and Portuguese copy: a coach "conducted" a team (Spanish "condujo",
"dirigió"), and an age side is "the Sub 20" (Spanish "la Sub 20", with a space): the spell is his, the
squad is the age side, and "Sub" is never a club (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Deportivo Cali have appointed Raúl Ponce as their new head coach. "


@pytest.mark.parametrize(
    "told",
    [
        "Before that, Ponce conducted Once Caldas for two seasons.",
        "Ponce previously conducted Once Caldas and reached the final of the Copa Colombia.",
        "At Once Caldas, the team was conducted by Raúl Ponce in 2021.",
    ],
)
def test_conducted_a_club_is_a_spell(told: str) -> None:
    assert ("Raúl Ponce", "Once Caldas", "first_team", "in_charge") in keys_of(_LEAD + told)


@pytest.mark.parametrize(
    "other",
    [
        "Ponce conducted talks with Once Caldas before signing.",
        "Ponce conducted the interview in Spanish, a week after meeting Once Caldas.",
    ],
)
def test_conducted_talks_or_an_interview_is_no_spell(other: str) -> None:
    assert ("Raúl Ponce", "Once Caldas", "first_team", "in_charge") not in keys_of(_LEAD + other)


@pytest.mark.parametrize(
    ("told", "squad"),
    [
        ("Hugo Lema, the coach of the Sub 20, remains in his post.", "u20"),
        ("Hugo Lema continues as coach of the Sub 23.", "u23"),
        ("Hugo Lema, trainer of the Sub 17 of the club, stays in his post.", "u17"),
        ("Hugo Lema, coach of the Sub-20, remains in his post.", "u20"),
    ],
)
def test_sub_with_a_space_is_an_age_side(told: str, squad: str) -> None:
    keys = keys_of("Deportivo Cali sacked Raúl Ponce on Monday. " + told)
    assert ("Hugo Lema", "Deportivo Cali", squad, "in_charge") in keys
    assert not any(club == "Sub" for _, club, _, _ in keys)


def test_a_substitute_on_for_twenty_minutes_is_no_squad() -> None:
    text = "Deportivo Cali sacked Raúl Ponce on Monday. Hugo Lema came on as a sub 20 minutes from time."
    assert not any(squad == "u20" for _, _, squad, _ in keys_of(text))
