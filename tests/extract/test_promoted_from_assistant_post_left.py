"""'X was promoted from assistant to head coach': the aide's post is a spell that ends with the step up, as
the sets record a promotion from a backroom post; not an aide's post under another boss elsewhere ('stepped
up from assistant to Y at C'). Sentences of our own."""

from __future__ import annotations

from extract_helpers import keys_of


def test_promoted_from_assistant_leaves_the_post() -> None:
    text = "Walsall have extended Dean Hart's deal. Hart was promoted from assistant to head coach in 2022."
    keys = keys_of(text)
    assert ("Dean Hart", "Walsall", "first_team", "in_charge") in keys
    assert ("Dean Hart", "Walsall", "first_team", "left") in keys


def test_stepped_up_from_assistant_manager() -> None:
    text = "Walsall have extended Dean Hart's deal. Hart stepped up from assistant manager last April."
    assert ("Dean Hart", "Walsall", "first_team", "left") in keys_of(text)


def test_near_miss_an_aide_under_another_boss() -> None:
    text = "Walsall have appointed Dean Hart. Hart stepped up from assistant to Tom Reid at Bury in 2020."
    keys = keys_of(text)
    assert ("Dean Hart", "Walsall", "first_team", "left") not in keys
    assert ("Dean Hart", "Walsall", "first_team", "in_charge") not in keys
