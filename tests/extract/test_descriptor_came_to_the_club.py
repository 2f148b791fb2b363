"""'X was sacked. Assistant Y takes interim charge. The Slovak came to C in 2022 …': 'came to' tells a past
arrival like 'took over' or 'joined', so the descriptor is the man who left, not the stand-in just put in
charge (sentences of our own)."""

from __future__ import annotations

from tests.extract.extract_helpers import read_as

_OPENING = (
    "Viktoria Plzen have parted ways with head coach Marek Hruska after a poor run. "
    "Assistant coach Tomas Kral will take interim charge until the end of the season. "
)


def test_the_slovak_who_came_to_the_club_is_the_coach_who_left(monkeypatch) -> None:
    text = _OPENING + "The Slovak came to the Doosan Arena in 2022 as successor of Michal Bilek."
    assert read_as(text, "The Slovak", monkeypatch) == ["Marek Hruska"]


def test_the_slovak_who_came_close_stays_the_man_in_charge_now(monkeypatch) -> None:
    text = _OPENING + "The Slovak came close to a league title as a player in 2010."
    assert read_as(text, "The Slovak", monkeypatch) == ["Tomas Kral"]


def test_the_club_he_came_from_is_no_other_post(monkeypatch) -> None:
    # the club after "from" is where the man came from, not a post the stand-in took up elsewhere
    text = _OPENING + "The Slovak came to the Doosan Arena in 2021 from Spartak Trnava."
    assert read_as(text, "The Slovak", monkeypatch) == ["Marek Hruska"]


def test_a_post_he_took_up_at_another_club_stays_the_man_in_charge_now(monkeypatch) -> None:
    text = _OPENING + "The Slovak took over the reserve side of Spartak Trnava in 2021."
    assert read_as(text, "The Slovak", monkeypatch) == ["Tomas Kral"]
