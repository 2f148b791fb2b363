"""An aide told joining the staff by its head coach's name ("X will also join Lammers's staff") or as one of
his assistants ("X will be one of his assistants", "… one of Lammers's assistants"): he is appointed to the
staff in view, a youth title of his own staying his own post. Near misses: a player "one of the players" and
a staff's other sides ("the staff of C") read nothing new."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Estonia have appointed Piet Lammers as head coach. "


def test_youth_coach_joins_the_head_coachs_staff() -> None:
    keys = keys_of(_LEAD + "Tomas Brandt, coach of the under-20 side, will also join Lammers's staff.")
    assert ("Tomas Brandt", "Estonia", "national", "appointed") in keys
    assert ("Tomas Brandt", "Estonia", "national_u20", "in_charge") in keys


def test_one_of_his_assistants() -> None:
    keys = keys_of(_LEAD + "Tomas Brandt, who coached the under-21 team, will be one of his assistants.")
    assert ("Tomas Brandt", "Estonia", "national", "appointed") in keys


def test_one_of_the_club_coachs_assistants() -> None:
    text = "Oakfield Rovers have named Piet Lammers manager. Tomas Brandt will be one of his assistants."
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys_of(text)


def test_one_of_the_players_is_no_aide() -> None:
    text = "Oakfield Rovers have appointed Piet Lammers as head coach. Tomas Brandt was one of the players."
    assert not any(coach == "Tomas Brandt" for coach, _, _, _ in keys_of(text))
