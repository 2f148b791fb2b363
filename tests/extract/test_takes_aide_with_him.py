"""An aide a departing head coach takes with him: "X takes his assistant A with him to D", "will take his
assistant A with him" (left, from the post an earlier sentence told X leaving; never D). Not when the
story tells no post the boss left. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Brondby have appointed Lars Lund as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Lund left Hammarby last week. He takes his assistant Per Olsson with him to Copenhagen.",
            id="takes_with_him_to",
        ),
        pytest.param(
            "Lund has left Hammarby. Lund will take his assistant Per Olsson with him.",
            id="will_take_with_him",
        ),
    ],
)
def test_aide_taken_along_left_the_bosss_club(sentence: str) -> None:
    keys = keys_of(_NEWS + sentence)
    assert ("Per Olsson", "Hammarby IF", "first_team", "left") in keys
    assert ("Per Olsson", "Brøndby IF", "first_team", "left") not in keys


def test_no_exit_told_no_aide_exit() -> None:
    keys = keys_of(_NEWS + "Lund takes his assistant Per Olsson with him.")
    assert not any(k[0] == "Per Olsson" and k[3] == "left" for k in keys)


# The aide's appointment goes where the boss takes him, not to the club both leave (review 17b finding 7)
_SACKED = "Hammarby have sacked Lars Lund. "


def test_aide_taken_along_is_appointed_where_he_goes() -> None:
    keys = keys_of(_SACKED + "Lund takes his assistant Per Olsson with him to Brondby.")
    assert ("Per Olsson", "Brøndby IF", "first_team", "appointed") in keys
    assert ("Per Olsson", "Hammarby IF", "first_team", "left") in keys
    assert ("Per Olsson", "Hammarby IF", "first_team", "appointed") not in keys


def test_aide_taken_along_nowhere_named_is_no_appointment() -> None:
    keys = keys_of(_SACKED + "Lund will take his assistant Per Olsson with him.")
    assert ("Per Olsson", "Hammarby IF", "first_team", "left") in keys
    assert not any(k[0] == "Per Olsson" and k[3] == "appointed" for k in keys)


def test_near_miss_a_new_boss_brings_his_aide_to_the_club_in_view() -> None:
    text = _NEWS + "Lund, who left Hammarby last week, brings his assistant Per Olsson."
    assert ("Per Olsson", "Brøndby IF", "first_team", "appointed") in keys_of(text)
