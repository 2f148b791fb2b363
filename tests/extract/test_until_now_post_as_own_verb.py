"""A post held up to the story's news, told with the man's own verb or after another aside: "X was until
now coach of the club's U19s", "X, 44, was until now in charge of the reserve side", "X, the former C
winger, until now coach of D", "who until now was head coach of D's second team": he leaves that post (and
held it). Not an "until now" that tells no post he held. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NAMED = "Kalmar FF have named Nils Holm as their new head coach. "


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        pytest.param(
            _NAMED + "Holm was until now the coach of the club's under-19 side.",
            "Kalmar FF",
            "u19",
            id="was_until_now_coach_of_the_clubs_side",
        ),
        pytest.param(
            _NAMED + "Holm, 44, was until now in charge of the club's reserve side.",
            "Kalmar FF",
            "reserve",
            id="age_then_was_until_now_in_charge",
        ),
        pytest.param(
            _NAMED + "Holm, the former Brondby winger, until now coach of Hammarby, signs for two years.",
            "Hammarby IF",
            "first_team",
            id="second_apposition_until_now_coach",
        ),
        pytest.param(
            "Kalmar FF held talks with Nils Holm, who until now was head coach of Hammarby's reserve side.",
            "Hammarby IF",
            "reserve",
            id="who_until_now_was",
        ),
    ],
)
def test_post_held_until_now_is_left(text: str, club: str, squad: str) -> None:
    keys = keys_of(text)
    assert ("Nils Holm", club, squad, "left") in keys
    assert ("Nils Holm", club, squad, "in_charge") in keys


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_NAMED + "Holm was until now unknown to the fans of Hammarby.", id="no_title"),
        pytest.param(_NAMED + "Holm was until now a regular visitor to Hammarby.", id="a_visit"),
    ],
)
def test_until_now_without_a_post_is_no_exit(text: str) -> None:
    assert not any(coach == "Nils Holm" and event == "left" for coach, _c, _s, event in keys_of(text))
