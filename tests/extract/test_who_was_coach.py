"""A relative clause telling the man's post ('Under Dahl, who was coach from 2019, the Faroes …', 'Vik, who
was first-team coach under Berg, …', 'Berg, who later became coach of the Norway national team'): a spell,
as the same words told in a main clause are. A man who was a player there holds no post. Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def test_who_was_coach_from_a_year_dates_the_spell() -> None:
    text = (
        "Iceland have appointed Ole Berg to replace Rune Dahl. Under Dahl, who was coach from 2019, the team "
        "had its best results ever."
    )
    spell = next(
        f for f in facts_of(text, "2024-01-16") if (f["coach"], f["event"]) == ("Rune Dahl", "in_charge")
    )
    assert (spell["club"], spell["date"]) == ("Iceland", "2019-01-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cardiff have sacked Ole Berg. Tom Vik, who was first-team coach under Berg, takes over.",
            ("Tom Vik", "Cardiff City", "first_team", "in_charge"),
        ),
        (
            "Molde have named Ole Berg. He replaced Rune Dahl, who later became coach of the Norway team.",
            ("Rune Dahl", "Norway", "national", "in_charge"),
        ),
    ],
)
def test_who_was_coach_is_a_spell(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text, "2024-01-16")


def test_who_was_a_player_holds_no_post() -> None:
    keys = keys_of("Cardiff City have sacked Ole Berg. Tom Vik, who was a player under Berg, has retired.")
    assert not any(k[0] == "Tom Vik" for k in keys)
