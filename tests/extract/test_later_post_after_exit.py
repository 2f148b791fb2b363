"""The next post of a man who left, told by a second verb with "since" after his exit: "X, who left after
keeping C up and has since been named D coach", "… and has since been unveiled by D", "… and has since
taken over D": D is his new club, not the club he left; and an earlier arrival told in the pluperfect
after it ("X had arrived last summer to succeed Y") stays at the club he left (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Brentford have named Omar Lindqvist as head coach. "


def _appointed(text: str, person: str = "Ralf Okonjo") -> set[str]:
    return {
        club for who, club, _squad, event in keys_of(_LEAD + text) if who == person and event == "appointed"
    }


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Lindqvist replaces Ralf Okonjo, who left after steering the Bees clear of the drop for a "
            "third season running and has since been named Bologna coach.",
            "Bologna",
        ),
        (
            "Lindqvist replaces Ralf Okonjo. Okonjo left by mutual consent on Monday, days after a 4-1 "
            "defeat at Everton in the last game, and has since been unveiled by Saudi side Al-Ittihad.",
            "Al-Ittihad",
        ),
        (
            "Lindqvist replaces Ralf Okonjo, who did not renew after the season and has since taken over "
            "Norway.",
            "Norway",
        ),
        (
            "Lindqvist replaces Ralf Okonjo, who stepped down in April and has since been appointed head "
            "coach of Hannover 96.",
            "Hannover 96",
        ),
    ],
)
def test_post_told_after_the_exit_is_his_next_club(text: str, club: str) -> None:
    assert club in _appointed(text)


@pytest.mark.parametrize(
    "text",
    [
        # "taken over from Y": the man he replaced there, not a club taken over
        "Lindqvist replaces Ralf Okonjo, who left in May and has since taken over from Tim Baird at "
        "Hannover 96.",
        # no "since": no later move told
        "Lindqvist replaces Ralf Okonjo, who left in May and was named coach of the month twice.",
    ],
)
def test_no_later_move_read(text: str) -> None:
    assert "Hannover 96" not in _appointed(text) and not _appointed(text) - {"Brentford"}


def test_earlier_arrival_stays_at_the_club_he_left() -> None:
    text = (
        "Lindqvist replaces Ralf Okonjo, who left by mutual consent and has since been named Bologna "
        "coach. Okonjo had arrived last summer to succeed Pete Marlow, who retired."
    )
    marlow = {(club, event) for who, club, _squad, event in keys_of(_LEAD + text) if who == "Pete Marlow"}
    assert ("Brentford", "left") in marlow and ("Bologna", "left") not in marlow
