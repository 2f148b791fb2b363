"""Backroom staff told leaving in wordings beyond "leave": "his assistant A and goalkeeping coach B would
also end their duties", "goalkeeper coach B returns to his club", and the translated word order "With him
also leave the second coach A and the physical trainer B". Their titles there name the post they leave:
no spell of its own beside the exit."""

from __future__ import annotations

from extract_helpers import keys_of


def test_staff_would_also_end_their_duties():
    text = (
        "Thailand's federation said on Monday that it had parted ways with under-23 coach Issara Sritaro. "
        "The FAT said his assistant Somchai Wong and goalkeeping coach Anan Pong would also end their duties."
    )
    keys = keys_of(text)
    assert ("Somchai Wong", "Thailand", "national_u23", "left") in keys
    assert ("Anan Pong", "Thailand", "national_u23", "left") in keys
    assert ("Anan Pong", "Thailand", "national_u23", "in_charge") not in keys


def test_translated_with_him_also_leave_the_titled_staff():
    text = (
        "Getafe announced on Monday the exit of coach Rubén Sanz after two seasons. With him also leave "
        "the second coach Iván Mora and the physical trainer Dani Soler."
    )
    keys = keys_of(text)
    assert ("Iván Mora", "Getafe", "first_team", "left") in keys
    assert ("Dani Soler", "Getafe", "first_team", "left") in keys
    assert ("Iván Mora", "Getafe", "first_team", "in_charge") not in keys


def test_with_him_arrive_is_no_exit():
    """Near miss: 'With him arrive the assistant A': an arrival, read by the arrival rule."""
    text = (
        "Getafe appointed Rubén Sanz as coach on Monday. With him arrive the second coach Iván Mora and "
        "the physical trainer Dani Soler."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Iván Mora" and k[3] == "left" for k in keys)


def test_ending_a_holiday_is_no_exit():
    """Near miss: 'end their holidays' tells no duties ended."""
    text = (
        "Getafe appointed Rubén Sanz as coach on Monday. His assistant Iván Mora and goalkeeping coach "
        "Dani Soler will end their holidays early to join him."
    )
    keys = keys_of(text)
    assert not any(k[3] == "left" for k in keys)
