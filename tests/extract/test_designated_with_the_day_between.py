"""An appointment told with the day set off by commas between the verb and the man, and a national coach
titled 'selector' (translated copy: "designó, este martes, a X como nuevo seleccionador"): "The federation
has designated, this Tuesday, X as new selector of the national team" appoints X. Not a man designated
captain. Sentences and names of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("sentence", "club", "squad"),
    [
        (
            "The Welsh federation has designated, this Wednesday, Kerry Mole as new selector of Wales.",
            "Wales",
            "national",
        ),
        ("Walsall has presented, this Friday, Kerry Mole as new head coach.", "Walsall", "first_team"),
        ("Walsall designated Kerry Mole as their new manager on Monday.", "Walsall", "first_team"),
    ],
)
def test_designated_or_presented_with_the_day_between_is_appointed(
    sentence: str, club: str, squad: str
) -> None:
    assert ("Kerry Mole", club, squad, "appointed") in keys_of(sentence)


# --- near misses ----------------------------------------------------------------------------------


def test_man_designated_captain_is_not_appointed() -> None:
    text = "Walsall manager Dan Pike has designated, this Friday, Kerry Mole as new captain of the side."
    assert ("Kerry Mole", "Walsall", "first_team", "appointed") not in keys_of(text)


def test_selector_of_another_sport_body_named_without_a_side_is_not_appointed() -> None:
    text = "The board has designated, this Friday, Kerry Mole as new selector for the cricket panel."
    assert not any(k[0] == "Kerry Mole" and k[3] == "appointed" for k in keys_of(text))
