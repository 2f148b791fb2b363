"""A stand-in whose spell this sentence tells goes back to the post he held before it, named in the words
translated copy and wire copy use ("will return to his functions", "goes back to his work with the staff",
"goes back to his own group", "returns to the base categories", "will go back to his old youth role"): his
stand-in spell ends (left). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Danubio have named Gustavo Ferrín as their new coach. "


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _LEAD + "Rodrigo Vega, in temporary charge of the side since September, will return to his "
            "functions with the reserves.",
            id="will_return_to_his_functions",
        ),
        pytest.param(
            _LEAD + "Rodrigo Vega, the interim for the past three fixtures, returns to his function of "
            "assistant.",
            id="returns_to_his_function_of_assistant",
        ),
        pytest.param(
            _LEAD + "Over the past two fixtures the side was led by assistant Rodrigo Vega as interim, and "
            "he now goes back to his usual work with the staff.",
            id="and_he_now_goes_back_to_his_work",
        ),
        pytest.param(
            _LEAD + "Rodrigo Vega, who runs the under-19s, led the side in the past four fixtures and goes "
            "back to his own group.",
            id="goes_back_to_his_own_group",
        ),
        pytest.param(
            _LEAD + "Rodrigo Vega, the interim coach, led the side in a pair of fixtures and returns to the "
            "base categories.",
            id="returns_to_the_base_categories",
        ),
        pytest.param(
            _LEAD + "Rodrigo Vega stood in as interim for two friendlies and will go back to his old youth "
            "role.",
            id="will_go_back_to_his_old_youth_role",
        ),
    ],
)
def test_stand_in_spell_ends_as_he_goes_back(text: str) -> None:
    assert ("Rodrigo Vega", "Danubio", "first_team", "left") in keys_of(text)


def test_player_back_in_the_side_is_no_stand_in() -> None:
    """Near miss: a player who missed games returns to his place in the side; no spell of his ends."""
    text = _LEAD + "Rodrigo Vega, who missed three games injured, returns to his place in the team."
    assert not any(k[0] == "Rodrigo Vega" and k[3] == "left" for k in keys_of(text))


def test_permanent_coach_back_to_work_is_no_exit() -> None:
    """Near miss: no stand-in spell told, only a coach back at work after a break."""
    text = _LEAD + "Gustavo Ferrín will return to his work on Monday after a week in Spain."
    assert not any(k[0] == "Gustavo Ferrín" and k[3] == "left" for k in keys_of(text))
