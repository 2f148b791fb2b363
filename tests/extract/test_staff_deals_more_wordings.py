"""Backroom staff renewing beside their boss, in more wordings: "has also agreed fresh terms", "all signed to
the end of 2027", and translated "also renewed" ending its clause. Not "signed for" a club (a move), nor
"signed to" a place."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "renewed"),
    [
        pytest.param(
            "Portsmouth head coach John Mousinho has signed a new contract. Assistant head coach Lee Bell "
            "has also agreed fresh terms, the club said.",
            [("Lee Bell", "Portsmouth")],
            id="agreed_fresh_terms",
        ),
        pytest.param(
            "Molde have extended the contract of head coach Erling Moe. Assistant coach Pal Dahl and "
            "goalkeeping coach Ola Berg all signed to the end of 2027.",
            [("Pal Dahl", "Molde"), ("Ola Berg", "Molde")],
            id="all_signed_to_the_end_of_a_year",
        ),
        pytest.param(
            "Torino communicated the renewal of the coach Paolo Vanoli until 2027. The vice Luca Sassi and "
            "the goalkeeper trainer Marco Neri also renewed, while the under-19s go to a new coach.",
            [("Luca Sassi", "Torino")],
            id="translated_also_renewed",
        ),
    ],
)
def test_staff_renewing_beside_their_boss(text: str, renewed: list[tuple[str, str]]) -> None:
    keys = keys_of(text)
    for coach, club in renewed:
        assert (coach, club, "first_team", "extended") in keys


def test_signed_to_a_place_is_no_deal_end():
    """Near miss: 'signed to the academy in 2019': no deal's end right after 'signed to'."""
    text = (
        "Molde appointed Erling Moe as head coach. Goalkeeping coach Ola Berg signed to the academy in 2019 "
        "as a player."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Ola Berg" and k[3] == "extended" for k in keys)


def test_signed_for_a_club_is_no_extension():
    """Near miss: 'signed for C' is a move, not a deal's end."""
    text = "Assistant coach Pal Dahl signed for Rosenborg in 2027 after leaving Molde."
    keys = keys_of(text)
    assert not any(k[3] == "extended" for k in keys)


def _extended(text: str) -> set[str]:
    return {person for person, _club, _squad, event in keys_of(text) if event == "extended"}


def test_deal_signed_before_is_no_extension():
    """Near misses: 'who had signed until 2026' (a relative clause telling the old deal) and 'signed until
    June 2026 last year' (a deal signed in the past) tell no renewal now."""
    assert "Pal Dahl" not in _extended(
        "Molde have sacked head coach Erling Moe. "
        "Assistant coach Pal Dahl, who had signed until 2026, also leaves."
    )
    assert not _extended(
        "Molde have sacked head coach Erling Moe. Assistant coach Pal Dahl and goalkeeping coach Ola Berg "
        "signed until June 2026 last year."
    )


def test_deal_signed_until_now_still_read():
    """The wording the rule was made for still reads with a day told ('signed until June 2026 on Monday')."""
    text = (
        "Molde have extended the contract of head coach Erling Moe. Assistant coach Pal Dahl and "
        "goalkeeping coach Ola Berg signed until June 2026 on Monday."
    )
    assert {"Pal Dahl", "Ola Berg"} <= _extended(text)
