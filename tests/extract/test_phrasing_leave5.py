"""Rumours told as a list of names the press has floated, written for these tests in our own words:
'A and B were among those mentioned', 'X is among the names being touted', 'Among those beaten to
the job were A, B and C' — each name is linked to the vacancy in view."""

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
