"""A national team's new aide named with the youth post he holds in an aside after his name ("Lammers will
be assisted by X, currently coach of the Under-21 team"): he joins the senior staff, as a club's aide does.
A country's fact holds its side as 'national_u21' where the sentence tags 'u21'; the aside is still his own
post. Near misses: a new coach of the age group keeps his aide there, and a club's aide stays as read."""

from __future__ import annotations

from extract_helpers import keys_of


def test_national_aide_joins_the_senior_staff() -> None:
    keys = keys_of(
        "Estonia have appointed Piet Lammers as head coach. Lammers will be assisted by Tomas Brandt, "
        "currently coach of the Under-21 team."
    )
    assert ("Tomas Brandt", "Estonia", "national", "appointed") in keys
    assert ("Tomas Brandt", "Estonia", "national_u21", "in_charge") in keys
    assert ("Tomas Brandt", "Estonia", "national_u21", "appointed") not in keys


def test_aide_of_the_age_group_coach_stays_there() -> None:
    keys = keys_of(
        "Estonia have appointed Piet Lammers as head coach of the under-21 team. Lammers will be assisted by "
        "Tomas Brandt."
    )
    assert ("Tomas Brandt", "Estonia", "national_u21", "appointed") in keys
    assert ("Tomas Brandt", "Estonia", "national", "appointed") not in keys


def test_club_aide_stays_as_read() -> None:
    keys = keys_of(
        "Oakfield Rovers have appointed Piet Lammers as head coach. Lammers will be assisted by Tomas "
        "Brandt, currently coach of the Under-21 team."
    )
    assert ("Tomas Brandt", "Oakfield Rovers", "first_team", "appointed") in keys
