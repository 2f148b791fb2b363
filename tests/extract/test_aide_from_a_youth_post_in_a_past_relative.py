"""An aide named for a new coach with the youth post he held told in a past relative clause after his name
("His assistant will be X, who was in charge of the under-19s"): he joins the senior staff, the youth side
is the post he held, as with "X, until now coach of the U19s". Near miss: a relative clause telling where he
goes ("X, who left C to become an assistant with the under-21s") keeps that side."""

from __future__ import annotations

from extract_helpers import keys_of


def test_aide_who_was_in_charge_of_a_youth_side() -> None:
    keys = keys_of(
        "Oakfield Rovers have appointed Piet Lammers as head coach. His assistant will be Tomas Brandt, who "
        "was in charge of the under-19s."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "u19", "in_charge") in keys
    assert ("Tomas Brandt", "Oakfield Rovers", "u19", "appointed") not in keys


def test_aide_who_coached_a_national_age_group() -> None:
    keys = keys_of(
        "Estonia have appointed Piet Lammers as head coach. His assistant will be Tomas Brandt, who coached "
        "the under-20 team."
    )
    assert ("Tomas Brandt", "Estonia", "national", "appointed") in keys
    assert ("Tomas Brandt", "Estonia", "national_u20", "appointed") not in keys


def test_relative_clause_on_the_post_he_goes_to() -> None:
    text = (
        "Oakfield Rovers have appointed Piet Lammers as head coach. Lammers replaced Tomas Brandt, who left "
        "the club to become an assistant with the England under-21s."
    )
    assert ("Tomas Brandt", "England", "national_u21", "appointed") in keys_of(text)
