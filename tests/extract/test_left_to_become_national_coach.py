"""A man who left to become 'national coach of' a country ('Y, who left last month to become national coach of
Norway'): the national side's appointment, as 'to become coach of Norway' is read ('national coach' is
tagged as the national squad's title)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_left_to_become_national_coach_is_the_national_sides_appointment():
    keys = keys_of(
        "Heerenveen appointed Sjoerd Bakker as head coach on Monday. He succeeds Ruud Hamstra, who left "
        "last month to become national coach of Norway."
    )
    assert ("Ruud Hamstra", "Norway", "national", "appointed") in keys
    assert ("Ruud Hamstra", "SC Heerenveen", "first_team", "left") in keys


def test_quit_to_become_the_new_national_coach():
    keys = keys_of("Ruud Hamstra quit Heerenveen in January to become the new national coach of Norway.")
    assert ("Ruud Hamstra", "Norway", "national", "appointed") in keys


# --- near misses: a national coach named, not a post taken ----------------------------------------------


def test_a_national_coach_watching_is_no_appointment():
    keys = keys_of("Norway's national coach Ruud Hamstra watched Heerenveen beat Twente on Sunday.")
    assert ("Ruud Hamstra", "Norway", "national", "appointed") not in keys


def test_hoping_to_become_national_coach_one_day_is_no_appointment():
    keys = keys_of("Ruud Hamstra, the Heerenveen coach, said he hopes to become national coach of Norway.")
    assert ("Ruud Hamstra", "Norway", "national", "appointed") not in keys
