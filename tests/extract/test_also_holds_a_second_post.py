"""A second post told with "also" in a relative clause: "X, who is also head coach of the under-19 side,
takes over" and "X, who is also the head coach of the Under-23 side, joins the staff" are X's posts at
those sides, as "who is the coach of …" reads. Near misses: "also" before a player's word or a title
owned by someone else is no post of his. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        pytest.param(
            "Osasuna have dismissed Nils Varga. Teo Marin, who is also head coach of the under-19 side, "
            "takes charge for the next two games.",
            "Osasuna",
            "u19",
            id="club_youth_side",
        ),
        pytest.param(
            "The Norwegian federation named Teo Marin as assistant to the national coach. Marin, who is "
            "also the head coach of the Under-23 side, will keep that job.",
            "Norway",
            "national_u23",
            id="national_youth_side",
        ),
    ],
)
def test_also_the_coach_of_a_side(text: str, club: str, squad: str) -> None:
    assert ("Teo Marin", club, squad, "in_charge") in keys_of(text)


def test_also_captain_is_no_coaching_post() -> None:
    keys = keys_of(
        "Osasuna have dismissed Nils Varga. Teo Marin, who is also captain of the under-19 side, "
        "scored twice."
    )
    assert not any(coach == "Teo Marin" and squad == "u19" for coach, _, squad, _ in keys)


def test_also_the_coaches_son_is_no_post() -> None:
    keys = keys_of("Osasuna have dismissed Nils Varga. Teo Marin, who is also the coach's son, left too.")
    assert not any(coach == "Teo Marin" and event == "in_charge" for coach, _, _, event in keys)
