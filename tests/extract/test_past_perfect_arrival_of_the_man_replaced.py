"""A nationality descriptor telling an arrival in the past perfect ('The Dane had arrived in 2021')
right after a story of one man taking a club's post another man has just left means the man who
left, when the text gave neither man a nationality: today's new man cannot have 'had arrived'."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def _clubs_of(text: str, coach: str, event: str) -> set[str]:
    return {c for name, c, _, e in keys_of(text) if name == coach and e == event}


_NEWS = "Feyenoord on Tuesday appointed Kees Mulder as head coach, three days after sacking Anton Berger. "


def test_german_who_had_arrived_from_another_club_is_the_man_who_left():
    text = _NEWS + "The German had arrived in 2021 from Sturm Graz and won the cup in his first season."
    assert "Sturm Graz" in _clubs_of(text, "Anton Berger", "left")
    assert not _clubs_of(text, "Kees Mulder", "left")


def test_swede_who_had_taken_over_is_the_man_who_left():
    text = _NEWS + "The Swede had taken over in June 2022 and led the side to third place."
    assert "Feyenoord" in _clubs_of(text, "Anton Berger", "appointed")


def test_near_miss_simple_past_arrival_stays_with_the_new_man():
    # told in the simple past, with no caretaker in the story, the reading does not move
    text = _NEWS + "The Dutchman joined Ajax in 2019 as youth coach."
    assert "Ajax" in _clubs_of(text, "Kees Mulder", "appointed")


def test_near_miss_nationality_the_text_gave_the_new_man_keeps_him():
    text = (
        "Feyenoord on Tuesday appointed German coach Kees Mulder as head coach, three days after sacking "
        "Anton Berger. "
        "The German had arrived in 2021 from Sturm Graz and won the cup in his first season."
    )
    assert "Sturm Graz" in _clubs_of(text, "Kees Mulder", "left")
    assert "Sturm Graz" not in _clubs_of(text, "Anton Berger", "left")
