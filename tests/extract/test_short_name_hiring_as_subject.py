"""A club's short name that the reference data holds only as a context alias ('Inter', 'Odd', 'Monterrey')
is that club where it is the subject of a club's act on its coach ('Inter has officialised X', 'Odd have
appointed X', 'Monterrey presented X as new coach') and the article names no club in full that holds the
word: the story is then that club's, not the appointee's former club's. Initials ('PSM') stay
context-only: they may be any body's. Written for these tests in our own
words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_short_name_hiring_is_the_storys_club() -> None:
    keys = keys_of(
        "Inter has officialised Marco Bellini as coach of the new Under 23 team. "
        "In the last two seasons Bellini trained Pro Vercelli, which he took to the play-offs."
    )
    assert ("Marco Bellini", "Inter Milan", "u23", "appointed") in keys


def test_a_short_name_presenting_its_coach() -> None:
    keys = keys_of(
        "Monterrey presented on Tuesday the Argentine Laura Rey as new coach of the women's team. "
        "Rey, 39, had coached the Argentina women's national team since 2020."
    )
    assert ("Laura Rey", "CF Monterrey", "women", "appointed") in keys
    assert ("Laura Rey", "Argentina", "national_women", "appointed") not in keys


def test_a_club_named_in_full_that_holds_the_word_keeps_it() -> None:
    # near miss: the article names Inter Miami, so 'Inter' is not Inter Milan
    keys = keys_of(
        "Inter Miami are looking for a new coach. Inter have appointed Marco Bellini on an interim basis."
    )
    assert not any(k[1] == "Inter Milan" for k in keys)


def test_a_short_name_doing_something_else_is_no_club() -> None:
    # near miss: no hiring or sacking after the short name
    keys = keys_of(
        "Sandefjord have appointed Lars Haugen as head coach. Odd said in March that Haugen was a fine coach."
    )
    assert not any(k[1] == "Odd" for k in keys)
