"""Candidates for a vacancy named in lists, written for these tests in our own words: names the press
has floated ('A and B were among those mentioned', 'Among those beaten to the job were A, B and C'),
shortlists where a title goes with the next listed man, and candidates named by their club
("Bournemouth's Andoni Iraola")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_VACANCY = "Hull City sacked Tomas Wendt on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _VACANCY + "Leeds coach Mark Rolf and Pete Vass were among those mentioned in the local press.",
            {
                ("Mark Rolf", "Hull City", "first_team", "linked"),
                ("Pete Vass", "Hull City", "first_team", "linked"),
            },
        ),
        (
            _VACANCY + "Pete Vass is also among the names being touted, though he has not been approached.",
            {("Pete Vass", "Hull City", "first_team", "linked")},
        ),
        (
            _VACANCY + "Among those considered by the board are Mark Rolf, Pete Vass and Ivo Dranić.",
            {
                ("Mark Rolf", "Hull City", "first_team", "linked"),
                ("Pete Vass", "Hull City", "first_team", "linked"),
                ("Ivo Dranić", "Hull City", "first_team", "linked"),
            },
        ),
        (
            _VACANCY
            + "Among those beaten to the job last summer were former Leeds boss Mark Rolf and Pete Vass, "
            "and both could be interviewed again.",
            {
                ("Mark Rolf", "Hull City", "first_team", "linked"),
                ("Pete Vass", "Hull City", "first_team", "linked"),
            },
        ),
    ],
)
def test_list_of_names_floated_is_linked(text: str, expected: set) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # people at an event, not names floated for a post
        _VACANCY + "Among those at the stadium were Mark Rolf and Pete Vass.",
        # a list that is not the sentence's subject: the first name is not among those mentioned
        _VACANCY + "The board thanked Mark Rolf, but no names were among those mentioned.",
    ],
)
def test_lists_that_are_no_rumour(text: str) -> None:
    assert not {k for k in keys_of(text) if k[3] == "linked"}


# --- "A, former C coach B and D": the title goes with B, not with A ---------------------------


def test_title_before_the_next_listed_man_is_his() -> None:
    text = (
        "Everton have drawn up a shortlist of Roberto Mancini, former Lyon coach Pierre Sage "
        "and Graham Potter."
    )
    keys = keys_of(text)
    assert ("Pierre Sage", "Lyon", "first_team", "in_charge") in keys
    assert not any(k[0] == "Roberto Mancini" and k[3] == "in_charge" for k in keys)


def test_apposition_title_still_goes_with_the_man_before() -> None:
    text = "Sunderland have held talks with Pierre Sage, the former Lyon coach."
    assert ("Pierre Sage", "Lyon", "first_team", "in_charge") in keys_of(text)


# --- "a shortlist of Lorient's X": a candidate named by his club coaches it -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brentford drew up a shortlist of Bournemouth's Andoni Iraola, Kieran McKenna and Scott Parker.",
        "Andoni Iraola and Bournemouth's Gary O'Neil are on the shortlist to replace Thomas Frank.",
    ],
)
def test_shortlisted_candidate_named_by_his_club_coaches_it(text: str) -> None:
    keys = keys_of(text)
    assert any(k[1] == "AFC Bournemouth" and k[3] == "in_charge" for k in keys), keys


def test_a_club_s_player_is_no_coach() -> None:
    keys = keys_of("Arsenal's Bukayo Saka scored twice against Chelsea on Sunday.")
    assert not any(k[3] == "in_charge" for k in keys)


def test_talks_with_a_man_named_by_his_club() -> None:
    keys = keys_of("Burnley have held talks with Ipswich Town's Kieran McKenna.")
    assert ("Kieran McKenna", "Burnley", "first_team", "offer") in keys
    assert ("Kieran McKenna", "Ipswich Town", "first_team", "in_charge") in keys
