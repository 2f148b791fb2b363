"""'The Dane had led C since 2019' after a story of a new coach taking C's post from a man who left
means the man who left, even where the new man has himself just left another club."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def _clubs_of(text: str, coach: str, event: str) -> set[str]:
    return {c for name, c, _, e in keys_of(text) if name == coach and e == event}


_NEWS = (
    "Finland on Monday appointed Jonas Holm as head coach of the national team. "
    "Holm, 49, has been without a job since Brøndby sacked him in March. "
    "He takes over from Erik Lund, whose contract was not renewed. "
)


def test_had_led_the_country_since_is_the_man_who_left():
    text = _NEWS + "The Swede had led Finland since 2018."
    assert "Finland" in _clubs_of(text, "Erik Lund", "in_charge")
    assert "Finland" not in _clubs_of(text, "Jonas Holm", "in_charge")


def test_near_miss_had_led_another_club_since_stays_with_the_new_man():
    text = _NEWS + "The Dane had led Brøndby since 2019."
    assert "Brøndby IF" in _clubs_of(text, "Jonas Holm", "in_charge")
    assert "Brøndby IF" not in _clubs_of(text, "Erik Lund", "in_charge")


def test_near_miss_without_a_year_keeps_the_reading():
    # "had led Finland with little success" tells no span up to the news: the reading does not move
    text = _NEWS + "The Swede had led Finland with little success."
    assert "Finland" not in _clubs_of(text, "Erik Lund", "in_charge")
