"""A squad named in another aide's title set off by commas ('and by the under-18 coach, Y') is that
aide's post, not the squad of the aide named just before him."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_next_aides_squad_title_is_not_the_first_aides():
    text = (
        "Burnley have appointed Olly Crane as manager. He will be helped by the fitness coach, Neil "
        "Parry, and by the under-18 coach, Ross Lyle."
    )
    keys = keys_of(text)
    assert ("Neil Parry", "Burnley", "first_team", "in_charge") in keys
    assert not any(k[0] == "Neil Parry" and k[2] == "u18" for k in keys)


def test_the_squad_title_stays_with_its_own_aide():
    """Near miss: the man the comma-set title names keeps its squad."""
    text = (
        "Burnley have appointed Olly Crane as manager. He will be helped by the fitness coach, Neil "
        "Parry, and by the under-18 coach, Ross Lyle."
    )
    assert ("Ross Lyle", "Burnley", "u18", "in_charge") in keys_of(text)


def test_a_reserve_title_after_a_comma_is_its_own_aides():
    """Near miss: a B-team title set off by a comma names the man after it."""
    text = "Burnley have named Olly Crane as manager. Crane will be helped by the B team coach, Ross Lyle."
    assert ("Ross Lyle", "Burnley", "reserve", "in_charge") in keys_of(text)
