"""The side a man steps up from, told by the post he held there ("who steps up from his role as under-18s
coach") or by its owner ("was promoted from the club's reserve team"): his spell with that side and its end,
as "promoted from the under-18s" tells them. The post he steps up to stays the one the sentence gives him,
and a post that names no side ("from his role as a scout") reads no side's spell."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager."


def test_steps_up_from_his_role_as_a_sides_coach() -> None:
    text = f"{_LEAD} He will be assisted by Tomas Brandt, who steps up from his role as under-18s coach."
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "u18", "in_charge") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "u18", "left") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys


def test_moves_up_from_her_post_in_charge_of_a_side() -> None:
    text = f"{_LEAD} Anke Visser, who moves up from her post in charge of the under-21s, becomes his aide."
    keys = keys_of(text)
    assert ("Anke Visser", "Oakfield Rovers", "u21", "in_charge") in keys
    assert ("Anke Visser", "Oakfield Rovers", "u21", "left") in keys


def test_promoted_from_the_clubs_reserve_team() -> None:
    keys = keys_of(f"{_LEAD} Lammers was promoted from the club's reserve team.")
    assert ("Piet Lammers", "Oakfield Rovers", "reserve", "in_charge") in keys
    assert ("Piet Lammers", "Oakfield Rovers", "reserve", "left") in keys


def test_a_post_naming_no_side_reads_no_spell() -> None:
    keys = keys_of(f"{_LEAD} He will be assisted by Tomas Brandt, who steps up from his role as a scout.")
    assert not any(coach == "Tomas Brandt" and event in ("in_charge", "left") for coach, _, _, event in keys)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys


def test_a_senior_staff_title_is_no_side_he_leaves() -> None:
    text = (
        "Oakfield Rovers have sacked Jan Kroes. Tomas Brandt has stepped up from his post as first-team "
        "coach to take the reins for the rest of the campaign."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "left") not in keys
