"""A man set off by the title of a side the club owns, told by "their" or "its": "C have promoted X, the coach
of their B team, to replace him" is his spell with C's reserve side (and its end as he steps up), as "the
coach of the club's B team" is. Near miss: "their" with no side after it ("the coach of their rivals")
reads no side of the club in view."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have sacked manager Jan Kroes. "


def test_coach_of_their_b_team_stepping_up() -> None:
    keys = keys_of(
        _LEAD + "Oakfield Rovers have promoted Tomas Brandt, the coach of their B team, to replace Kroes."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "reserve", "in_charge") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "reserve", "left") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys


def test_coach_of_its_under_19s_in_an_aside() -> None:
    keys = keys_of(_LEAD + "Anke Visser, coach of its under-19s, will take the team on Saturday.")
    assert ("Anke Visser", "Oakfield Rovers", "u19", "in_charge") in keys


def test_their_with_no_side_reads_no_side() -> None:
    keys = keys_of(_LEAD + "Tomas Brandt, the coach of their rivals, said he felt for Kroes.")
    assert not any(coach == "Tomas Brandt" and squad != "first_team" for coach, _, squad, _ in keys)
