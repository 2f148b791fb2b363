"""A stand-in whose spell this sentence tells goes back to the post he held before it, named in the words
translated copy and wire copy use ("will return to his functions", "returns to his work in the staff",
"goes back to his own group", "returns to the base categories", "will go back to his youth role"): his
stand-in spell ends (left). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Nacional have appointed Pablo Peirano as head coach. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _LEAD + "Martín Ligüera, who led the team on an interim basis since August, will return to his "
            "functions as coach of the reserve team.",
            id="will_return_to_his_functions",
        ),
        pytest.param(
            _LEAD + "Martín Ligüera, who directed the team as interim in the last three matches, returns to "
            "his function of assistant.",
            id="returns_to_his_function_of_assistant",
        ),
        pytest.param(
            _LEAD + "In the last two games the team was led by assistant Martín Ligüera as interim, and he "
            "now returns to his work in the staff.",
            id="and_he_now_returns_to_his_work",
        ),
        pytest.param(
            _LEAD + "Martín Ligüera, coach of the under-19s, led the team in the last four matches and goes "
            "back to his own group.",
            id="goes_back_to_his_own_group",
        ),
        pytest.param(
            _LEAD + "The interim Martín Ligüera led the team in the last two matches and returns to the base "
            "categories.",
            id="returns_to_the_base_categories",
        ),
        pytest.param(
            _LEAD + "Martín Ligüera led the team on an interim basis in two friendlies and will go back to "
            "his youth role.",
            id="will_go_back_to_his_youth_role",
        ),
    ],
)
def test_stand_in_spell_ends_as_he_goes_back(text: str) -> None:
    assert ("Martín Ligüera", "CD Nacional", "first_team", "left") in keys_of(text)


def test_player_back_in_the_side_is_no_stand_in() -> None:
    """Near miss: a player who missed games returns to his place in the side; no spell of his ends."""
    text = _LEAD + "Martín Ligüera, who missed three games injured, returns to his place in the team."
    assert not any(k[0] == "Martín Ligüera" and k[3] == "left" for k in keys_of(text))


def test_permanent_coach_back_to_work_is_no_exit() -> None:
    """Near miss: no stand-in spell told, only a coach back at work after a break."""
    text = _LEAD + "Pablo Peirano will return to his work on Monday after a week in Spain."
    assert not any(k[0] == "Pablo Peirano" and k[3] == "left" for k in keys_of(text))
