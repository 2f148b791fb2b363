"""One post over two sides of a country or club, told once: "appointed X as head coach of the national team
and the U23 team", "to lead both the national team and the U23 team", "coach of the first team and the
reserves" tell the appointment at each side. Near misses: another man's side after "and" ("… and the
reserves' coach Y") and another club's side stay unread, and the story stays with the first side."""

from __future__ import annotations

from extract_helpers import keys_of


def test_national_team_and_its_under_23s() -> None:
    text = (
        "The Vietnam Football Federation has named Piet Lammers as head coach of the national team and the "
        "U23 team on a two-year deal."
    )
    keys = keys_of(text)
    assert ("Piet Lammers", "Vietnam", "national", "appointed") in keys
    assert ("Piet Lammers", "Vietnam", "national_u23", "appointed") in keys


def test_to_lead_both_sides() -> None:
    text = "Vietnam's federation has appointed Piet Lammers to lead both the national team and the U23 team."
    keys = keys_of(text)
    assert ("Piet Lammers", "Vietnam", "national", "appointed") in keys
    assert ("Piet Lammers", "Vietnam", "national_u23", "appointed") in keys


def test_first_team_and_reserves_of_a_club() -> None:
    keys = keys_of("Oakfield Rovers have appointed Piet Lammers as coach of the first team and the reserves.")
    assert ("Piet Lammers", "Oakfield Rovers", "first_team", "appointed") in keys
    assert ("Piet Lammers", "Oakfield Rovers", "reserve", "appointed") in keys


def test_another_mans_side_after_and_stays_his() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as coach of the first team and the reserves' coach Tim "
        "Hale leaves."
    )
    keys = keys_of(text)
    assert ("Piet Lammers", "Oakfield Rovers", "reserve", "appointed") not in keys


def test_another_clubs_side_is_not_his() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as coach of the first team and the Harwich Town "
        "under-23s."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Piet Lammers" and k[2] == "u23" for k in keys)


def test_story_stays_with_the_first_side() -> None:
    text = (
        "The Vietnam Football Federation has named Piet Lammers as head coach of the national team and the "
        "U23 team. Lammers replaces Tomas Brandt, who left in March."
    )
    keys = keys_of(text)
    assert ("Tomas Brandt", "Vietnam", "national", "left") in keys
    assert ("Tomas Brandt", "Vietnam", "national_u23", "left") not in keys
