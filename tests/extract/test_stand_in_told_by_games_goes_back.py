"""A youth or reserve coach who stood in, told by the games he took and then going back to his side:
"Under-18s coach X, who took the team for the final two league games, returns to the academy" is his stand-in
spell with the first team (and its end), beside his own side's post. Near misses: a team taken to a camp is
no games in charge, and a man who goes back to nothing is told no stand-in spell by these words."""

from __future__ import annotations

from extract_helpers import facts_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new manager. "


def _spells(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["squad"], f["role"]) for f in facts_of(text) if f["event"] == "in_charge"}


def test_took_the_team_for_games_then_back_to_the_academy() -> None:
    text = _LEAD + (
        "Under-18s coach Tomas Brandt, who took the team for the final two league games, returns to the "
        "academy."
    )
    spells = _spells(text)
    assert ("Tomas Brandt", "first_team", "caretaker") in spells
    assert ("Tomas Brandt", "u18", "head_coach") in spells


def test_led_the_side_in_games_then_back_to_his_side() -> None:
    text = _LEAD + "Anke Visser, who led the side in the last three matches, goes back to the under-19s."
    assert ("Anke Visser", "first_team", "caretaker") in _spells(text)


def test_a_camp_is_no_games_in_charge() -> None:
    text = _LEAD + "Tomas Brandt, who took the team for a training camp in Spain, returns to the academy."
    assert ("Tomas Brandt", "first_team", "caretaker") not in _spells(text)


def test_no_going_back_tells_no_stand_in_spell() -> None:
    text = _LEAD + "Lammers took the team for the final two league games of the season."
    assert not any(role == "caretaker" for _, _, role in _spells(text))
