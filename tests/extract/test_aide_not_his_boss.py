"""'The U17 is entrusted to his former assistant Tom Reese', 'Tom Reese arrives with him as assistant
coach', 'With him arrives as assistant Tom Reese': the aide named after a possessor's title, or beside the
boss told as 'him', is the man the sentence tells of; the boss gets no aide's post. Not a sacking told
'parted ways with him' (him is the man), nor 'X's assistant' inside a boss rule's own words (sentences of
our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of, roles_of

_NAMED = "Northfield Town have appointed Gary Pell as head coach. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reese arrives with him as assistant coach.",
        "With him arrives as assistant Tom Reese, formerly of Crewe.",
        "Tom Reese, 38, arrives with him as his assistant.",
    ],
)
def test_the_aide_arriving_with_him_is_appointed(sentence: str) -> None:
    roles = roles_of(_NAMED + sentence, "Northfield Town", "appointed")
    assert roles.get("Tom Reese") == "assistant_coach"
    assert roles.get("Gary Pell") == "head_coach"


def test_a_side_entrusted_to_his_assistant_is_the_aides() -> None:
    text = "Northfield Town have named Gary Pell head coach of the U19s. The U17 is entrusted to his former "
    text += "assistant Tom Reese."
    appointed = [(coach, squad) for coach, _club, squad, event in keys_of(text) if event == "appointed"]
    assert any(coach == "Tom Reese" for coach, _squad in appointed)
    assert ("Gary Pell", "u19") in appointed
    assert len([coach for coach, _squad in appointed if coach == "Gary Pell"]) == 1


def test_a_sacking_told_with_him_stays_his() -> None:
    text = "Northfield Town have parted ways with him. Gary Pell was sacked on Monday after a run of defeats."
    assert ("Gary Pell", "Northfield Town", "first_team", "dismissed") in keys_of(text)


def test_the_boss_of_a_possessed_aide_keeps_his_spell() -> None:
    text = "Tom Reese, 41, was Gary Pell's assistant at Crewe Alexandra for three seasons."
    assert ("Gary Pell", "Crewe Alexandra", "first_team", "in_charge") in keys_of(text)
