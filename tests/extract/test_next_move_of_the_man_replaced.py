"""'X succeeds Y at C. The Australian boss is reported to be close to D': a next move to another
club, told of a descriptor right after the story gave X C's post, is the move of Y, who just left C."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_NEWS = (
    "Kashiwa Reysol announced on Monday that Kenji Oda will be the new manager of the team from next "
    "season. Oda, 50, leaves Sagan Tosu after three seasons. "
    "He succeeds Mark Dillon, who leaves Kashiwa Reysol at the end of his contract. "
)


def _clubs_of(text: str, coach: str) -> set[str]:
    return {c for name, c, _, _ in keys_of(text) if name == coach}


def test_descriptor_close_to_another_club_is_the_man_who_left():
    text = _NEWS + "The Australian boss is reported to be close to Western Sydney Wanderers."
    assert "Western Sydney Wanderers" not in _clubs_of(text, "Kenji Oda")


def test_descriptor_linked_with_a_national_team_is_the_man_who_left():
    text = _NEWS + "The Australian is linked with the Malaysia national team."
    assert "Malaysia" not in _clubs_of(text, "Kenji Oda")


def test_near_miss_a_past_spell_stays_with_the_new_man():
    text = _NEWS + "The Japanese coach won the J2 League with Shonan Bellmare in 2014."
    assert "Shonan Bellmare" not in _clubs_of(text, "Mark Dillon")
