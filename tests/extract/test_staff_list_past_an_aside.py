"""A list of incoming staff goes on past a 'who' aside on its first man: 'joined by assistant A, who
worked alongside him at C, and goalkeeping coach B' brings B too; the men the aside names are not
listed (written for these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Ajax have appointed Jan Smit as head coach. "


def test_the_man_after_the_aside_joins_the_staff_too():
    text = _LEAD + (
        "Smit will be joined by assistant Piet de Boer, who worked alongside him at Utrecht, "
        "and goalkeeping coach Kees Bakker."
    )
    assert ("Kees Bakker", "Ajax", "first_team", "appointed") in keys_of(text)


def test_a_man_the_aside_names_is_not_one_of_the_staff():
    text = _LEAD + (
        "Smit will be joined by assistant Piet de Boer, who replaced Tom Visser at Utrecht, "
        "and goalkeeping coach Kees Bakker."
    )
    keys = keys_of(text)
    assert ("Kees Bakker", "Ajax", "first_team", "appointed") in keys
    assert ("Tom Visser", "Ajax", "first_team", "appointed") not in keys


def test_a_man_of_the_next_sentence_is_no_item_of_the_list():
    text = _LEAD + (
        "Smit will be joined by assistant Piet de Boer, who worked alongside him at Utrecht. "
        "Goalkeeping coach Kees Bakker stays."
    )
    assert ("Kees Bakker", "Ajax", "first_team", "appointed") not in keys_of(text)


def test_a_listed_man_whose_own_aside_keeps_him_elsewhere_stays_there() -> None:
    # near-miss: the last item's own aside keeps him at another club; he does not arrive
    text = (
        "Stoke City have appointed Karl Engel. He is joined by assistant Tom Weller, who worked with him at "
        "Sturm Graz, and fitness coach Jan Ross, who stays on at Sturm Graz."
    )
    keys = keys_of(text)
    assert ("Jan Ross", "Stoke City", "first_team", "appointed") not in keys
    assert ("Jan Ross", "Sturm Graz", "first_team", "in_charge") in keys
    assert not any(k[0] == "Jan Ross" and k[1] == "Stoke City" for k in keys)
    assert ("Tom Weller", "Stoke City", "first_team", "appointed") in keys
