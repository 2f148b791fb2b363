"""A new man's staff told as the staff he brings or fronted by where they will work: "He will bring his own
staff, including assistant A and fitness coach B", "In his staff are assistant A and fitness coach B", "In
the staff of X will work A as assistant coach and B as goalkeeping coach", "The staff of X will include the
former international A as assistant". Each aide starts at the club with him. Near misses: a staff he
brought to an earlier club (past tense) and aides who remain in the staff are no arrivals."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have named Piet Lammers as their new head coach. "


def _appointed(text: str) -> set[str]:
    return {
        coach
        for coach, club, _squad, event in keys_of(_LEAD + text)
        if event == "appointed" and club == "Oakfield Rovers"
    }


def test_brings_his_own_staff_including() -> None:
    text = "He will bring his own staff, including assistant Rune Halvorsen and fitness coach Tomas Brandt."
    assert {"Rune Halvorsen", "Tomas Brandt"} <= _appointed(text)


def test_staff_fronted_by_in_his_staff() -> None:
    text = "In his staff are assistant Rune Halvorsen and conditioning coach Tomas Brandt."
    assert {"Rune Halvorsen", "Tomas Brandt"} <= _appointed(text)


def test_staff_of_the_new_man_will_work() -> None:
    text = (
        "In the staff of Lammers will work Rune Halvorsen as assistant coach and Tomas Brandt as goalkeeping "
        "coach."
    )
    assert {"Rune Halvorsen", "Tomas Brandt"} <= _appointed(text)


def test_staff_of_the_new_man_will_include_a_former_player() -> None:
    text = "The staff of Lammers will include the former international Rune Halvorsen as assistant."
    assert "Rune Halvorsen" in _appointed(text)


def test_staff_brought_to_an_earlier_club_is_no_arrival() -> None:
    text = "At Harwich Town he brought his own staff, including assistant Rune Halvorsen, in 2019."
    assert "Rune Halvorsen" not in _appointed(text)


def test_aides_who_remain_in_the_staff_are_no_arrivals() -> None:
    text = "In the staff also remain the assistant Rune Halvorsen and the goalkeeping coach Tomas Brandt."
    appointed = _appointed(text)
    assert "Rune Halvorsen" not in appointed
    assert "Tomas Brandt" not in appointed
