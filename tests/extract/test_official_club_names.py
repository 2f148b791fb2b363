"""A club written out in its official name, as its own statements and translated copy write it, is the club
its short form names when that short form initials the club-form words: 'Vitória Sport Clube' (Vitória SC),
'Renaissance Sportive de Berkane' (RS Berkane). A run of given names and a surname forms no club's short
name, and a name whose initials form none stays what it was. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_trailing_club_form_written_out() -> None:
    keys = keys_of(
        "Vitória Sport Clube officialized on Monday the hiring of Rui Matos as head coach. "
        "Matos, 44, leaves Gil Vicente after two seasons."
    )
    assert ("Rui Matos", "Vitória de Guimarães", "first_team", "appointed") in keys


def test_a_leading_club_form_written_out() -> None:
    keys = keys_of(
        "The Renaissance Sportive de Berkane has sacked its coach Karim Bennani after the cup defeat. "
        "Bennani had arrived from Wydad Casablanca in 2023."
    )
    assert ("Karim Bennani", "RS Berkane", "first_team", "dismissed") in keys


def test_names_of_people_are_no_official_club_names() -> None:
    # near misses: a man named with two given names, and a club-shaped run whose initials form no alias
    keys = keys_of(
        "Gil Vicente have appointed Juan Carlos Ferreira as head coach. "
        "Ferreira had coached Atlético Sport Clube for two seasons."
    )
    assert ("Juan Carlos Ferreira", "Gil Vicente", "first_team", "appointed") in keys
    assert not any(k[1] in {"Vitória de Guimarães", "RS Berkane"} for k in keys)
