"""A mental trainer (mental coach, sports psychologist) is on the staff but coaches no squad: his
post is `other_staff`, not the head coach's nor an assistant's."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _roles(text: str) -> dict[str, str]:
    return {f["coach"]: f["role"] for f in facts_of(text)}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        pytest.param(
            "Lyon have hired Pierre Durand as mental trainer of the first team.",
            {"Pierre Durand": "other_staff"},
            id="hired_as_mental_trainer",
        ),
        pytest.param(
            "Porto have appointed Nuno Sousa as head coach. He will be assisted by Rui Costa and mental "
            "coach Hugo Pires.",
            {"Nuno Sousa": "head_coach", "Rui Costa": "assistant_coach", "Hugo Pires": "other_staff"},
            id="mental_coach_in_a_list_of_aides",
        ),
        pytest.param(
            "Ajax have appointed Kees Smit as head coach. He will be assisted by Jan de Boer and sports "
            "psychologist Piet Vos.",
            {"Piet Vos": "other_staff"},
            id="sports_psychologist_in_a_list_of_aides",
        ),
        # near miss: 'mental' beside no staff title leaves the head coach's post alone
        pytest.param(
            "Lyon have hired Pierre Durand as head coach. His mental strength impressed the board.",
            {"Pierre Durand": "head_coach"},
            id="mental_strength_is_no_title",
        ),
    ],
)
def test_each_mans_role(text: str, roles: dict[str, str]) -> None:
    found = _roles(text)
    assert {coach: found.get(coach) for coach in roles} == roles


def test_mental_trainer_in_a_staff_list_signing_new_deals():
    """A backroom list naming the mental trainer beside the assistants: his new deal too."""
    facts = facts_of(
        "Ajax confirmed that assistant coach Jan de Boer, goalkeeping coach Kees Smit and the mental trainer "
        "Piet Vos all signed new deals until 2027."
    )
    vos = [f for f in facts if f["coach"] == "Piet Vos"]
    assert any(f["event"] == "extended" and f["role"] == "other_staff" for f in vos)
