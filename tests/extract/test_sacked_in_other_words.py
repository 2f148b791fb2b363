"""A sacking told in other words after a succession: "takes over from Y, who was terminated earlier this
month", "arrives in the place of Y, who was separated from the position" (translated "fue separado del
cargo"), "after Y's 20-game spell ended with the sack". Not a contract that "was terminated by mutual
consent", nor a spell that ended with a title."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Malaysia have appointed Kenji Mori as head coach. Mori, 55, takes over from Hiro Tanaka, who "
            "was terminated earlier this month after one year in the position.",
            ("Hiro Tanaka", "Malaysia", "national", "dismissed"),
            id="who_was_terminated",
        ),
        pytest.param(
            "Watford have named Paulo Reis as head coach. Reis arrives in the place of Tom Hale, who was "
            "separated from the position on Friday after the Hornets finished 16th.",
            ("Tom Hale", "Watford", "first_team", "dismissed"),
            id="who_was_separated_from_the_position",
        ),
        pytest.param(
            "Birmingham City appointed Tony Moore as manager in January. Moore replaced Dan Green, after "
            "Green's 20-game spell ended with the sack.",
            ("Dan Green", "Birmingham City", "first_team", "dismissed"),
            id="spell_ended_with_the_sack",
        ),
    ],
)
def test_sacked_in_other_words(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


def test_spell_ended_with_a_title_is_no_sacking():
    """Near miss: a spell that ended with a trophy."""
    text = (
        "Birmingham City appointed Tony Moore as manager in January. Moore replaced Dan Green, whose "
        "two-year spell ended with the league title."
    )
    keys = keys_of(text)
    assert ("Dan Green", "Birmingham City", "first_team", "dismissed") not in keys


def test_separated_from_his_family_is_no_sacking():
    """Near miss: 'separated from' with no post after it."""
    text = (
        "Watford have named Paulo Reis as head coach. Reis, who was separated from his family during the "
        "pandemic, arrives from Porto."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Paulo Reis" and k[3] == "dismissed" for k in keys)
