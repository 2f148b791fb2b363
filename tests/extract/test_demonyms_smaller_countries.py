"""'the Georgian national team', 'the Philippine women's national team', 'the Icelandic national team':
a smaller country's team named by its demonym is that country's; the same word before a club or a
man stays his nationality."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_demonym_national_teams_are_their_countries() -> None:
    keys = keys_of(
        "Cyprus named Tom Walsh as coach on Monday. Walsh also coached the Georgian national team "
        "from 2011 to 2015."
    )
    assert ("Tom Walsh", "Georgia", "national", "in_charge") in keys
    keys = keys_of("The federation on Tuesday named Ana Cruz to lead the Philippine women's national team.")
    assert ("Ana Cruz", "Philippines", "national_women", "appointed") in keys
    keys = keys_of("The federation on Tuesday named Jon Berg as head coach of the Icelandic national team.")
    assert ("Jon Berg", "Iceland", "national", "appointed") in keys


def test_a_demonym_before_a_club_or_a_man_is_no_national_team() -> None:
    keys = keys_of("Georgian coach Tom Walsh has been appointed by Dinamo Tbilisi on a two-year deal.")
    assert not any(club == "Georgia" for _, club, _, _ in keys)
    keys = keys_of("St Johnstone have named Finnish coach Simo Lahti as their new manager.")
    assert ("Simo Lahti", "St Johnstone", "first_team", "appointed") in keys
    assert not any(club == "Finland" for _, club, _, _ in keys)
