"""An aide's new deal told by the further term it runs, as translated copy writes it: "Assistant coach X also
signs for another season", "the goalkeeping coach X renews for one more year", "fitness coach X signs on for a
further season" give X extended, not a spell only. A newcomer's deal told by its length ("signs for two
seasons") is no extension. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

LEAD = "Walsall have appointed Kerry Mole as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LEAD + "Assistant coach Ivo Lind also signs for another season.", id="signs_another"),
        pytest.param(
            LEAD + "Tom Hale is his number two, while goalkeeping coach Ivo Lind renews for one more year.",
            id="renews_one_more_year_after_while",
        ),
        pytest.param(LEAD + "Fitness coach Ivo Lind signs on for a further season.", id="signs_on_further"),
    ],
)
def test_aide_signing_for_a_further_term_is_extended(text: str) -> None:
    assert ("Ivo Lind", "Walsall", "first_team", "extended") in keys_of(text)


def test_newcomer_signing_for_two_seasons_is_no_extension() -> None:
    keys = keys_of(LEAD + "Fitness coach Ivo Lind signs for two seasons.")
    assert ("Ivo Lind", "Walsall", "first_team", "extended") not in keys


def test_another_club_is_no_extension() -> None:
    keys = keys_of(LEAD + "Assistant coach Ivo Lind signs for another club in the same division.")
    assert ("Ivo Lind", "Walsall", "first_team", "extended") not in keys
