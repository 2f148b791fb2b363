"""Where a coach made his name, told over two clubs: "earned his reputation in Norway with A and then in
Denmark with B", "built his reputation at A and then at B": a spell at each club (the country of each may come
first). A player's name made at two clubs is none. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Aberdeen have appointed Lars Holm as manager. "


@pytest.mark.parametrize(
    "text",
    [
        "Holm earned his reputation in Norway with Molde and then in Denmark with Brøndby.",
        "The Norwegian built his reputation at Molde and then at Brøndby.",
        "Holm made his name with Molde and then with Brøndby.",
    ],
)
def test_each_club_where_he_made_his_name(text: str) -> None:
    keys = keys_of(_NEWS + text)
    assert ("Lars Holm", "Molde", "first_team", "in_charge") in keys
    assert ("Lars Holm", "Brøndby IF", "first_team", "in_charge") in keys


def test_a_players_name_made_at_two_clubs() -> None:
    keys = keys_of(_NEWS + "Holm made his name as a player at Molde and then at Brøndby.")
    assert not any(k[1] in ("Molde", "Brøndby IF") for k in keys)
