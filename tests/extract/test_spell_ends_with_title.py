"""'X's time as head coach of C's women ended': a spell told ending with the post's title between, whose
squad (a women's national team) then frames the story."""

from __future__ import annotations

from extract_helpers import keys_of


def test_time_as_head_coach_of_a_countrys_women_ended():
    text = "Anna Lund's time as head coach of Norway's women ended on Sunday evening in Basel."
    assert ("Anna Lund", "Norway", "national_women", "left") in keys_of(text)


def test_reign_as_manager_of_a_club_came_to_an_end():
    text = "Tom Brady's reign as manager of Everton came to an end on Sunday."
    assert ("Tom Brady", "Everton", "first_team", "left") in keys_of(text)


def test_the_womens_story_keeps_its_aides_with_the_womens_team():
    text = (
        "Anna Lund's time as head coach of Norway's women ended on Sunday evening in Basel. "
        "Her long-time assistant Ola Berg also leaves the national team."
    )
    keys = keys_of(text)
    assert ("Ola Berg", "Norway", "national_women", "left") in keys
    assert ("Ola Berg", "Norway", "national", "left") not in keys


def test_time_as_a_player_is_no_coaching_spell():
    text = "Tom Brady's time as captain of Everton ended on Sunday."
    assert not any(k[0] == "Tom Brady" for k in keys_of(text))
