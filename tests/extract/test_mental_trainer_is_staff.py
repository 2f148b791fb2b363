"""A mental trainer (mental coach, sports psychologist) is on the staff but coaches no squad: his
post is `other_staff`, not the head coach's nor an assistant's."""

from __future__ import annotations

from extract_helpers import facts_of


def _roles(text: str) -> dict[str, str]:
    return {f["coach"]: f["role"] for f in facts_of(text)}


def test_hired_as_mental_trainer():
    roles = _roles("Lyon have hired Pierre Durand as mental trainer of the first team.")
    assert roles.get("Pierre Durand") == "other_staff"


def test_mental_coach_in_a_list_of_aides():
    roles = _roles(
        "Porto have appointed Nuno Sousa as head coach. He will be assisted by Rui Costa and mental coach "
        "Hugo Pires."
    )
    assert roles.get("Nuno Sousa") == "head_coach"
    assert roles.get("Rui Costa") == "assistant_coach"
    assert roles.get("Hugo Pires") == "other_staff"


def test_sports_psychologist_in_a_list_of_aides():
    roles = _roles(
        "Ajax have appointed Kees Smit as head coach. He will be assisted by Jan de Boer and sports "
        "psychologist Piet Vos."
    )
    assert roles.get("Piet Vos") == "other_staff"


def test_mental_strength_is_no_title():
    """Near miss: 'mental' beside no staff title leaves the head coach's post alone."""
    roles = _roles("Lyon have hired Pierre Durand as head coach. His mental strength impressed the board.")
    assert roles.get("Pierre Durand") == "head_coach"


def test_mental_trainer_in_a_staff_list_signing_new_deals():
    """A backroom list naming the mental trainer beside the assistants: his new deal too."""
    facts = facts_of(
        "Ajax confirmed that assistant coach Jan de Boer, goalkeeping coach Kees Smit and the mental trainer "
        "Piet Vos all signed new deals until 2027."
    )
    vos = [f for f in facts if f["coach"] == "Piet Vos"]
    assert any(f["event"] == "extended" and f["role"] == "other_staff" for f in vos)
