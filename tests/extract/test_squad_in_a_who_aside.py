"""A 'who' aside on the new man naming his club's squad ('A, who coached C's B team for three seasons,
takes over from Y') tells A's past post, not the post Y leaves."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_aside_squad_is_not_the_post_of_the_man_replaced():
    text = (
        "Getafe have promoted Iker Sola to head coach. Sola, who coached Getafe's B team for three "
        "seasons, takes over from Marco Vidal, who was dismissed on Monday."
    )
    keys = keys_of(text)
    assert ("Marco Vidal", "Getafe", "first_team", "dismissed") in keys
    assert not any(k[0] == "Marco Vidal" and k[2] == "reserve" for k in keys)
    assert ("Iker Sola", "Getafe", "reserve", "in_charge") in keys


def test_a_short_aside_ends_at_its_squad_too():
    text = (
        "Getafe have promoted Iker Sola to head coach. Sola, who ran Getafe's B team, takes over from "
        "Marco Vidal."
    )
    keys = keys_of(text)
    assert ("Marco Vidal", "Getafe", "first_team", "left") in keys
    assert not any(k[0] == "Marco Vidal" and k[2] == "reserve" for k in keys)


def test_the_squad_taken_over_is_the_one_replaced_in():
    """Near miss: the main clause itself names the B team he takes over."""
    text = (
        "Getafe have named Iker Sola as coach of their B team. Sola takes over the B team from Marco "
        "Vidal, who was dismissed on Monday."
    )
    assert ("Marco Vidal", "Getafe", "reserve", "dismissed") in keys_of(text)


def test_an_aside_without_a_squad_leaves_the_story_post():
    """Near miss: the aside names only where he came from; the post is the B team in view."""
    text = (
        "Getafe have named Iker Sola as coach of their B team. Sola, who joined from Leganés, takes "
        "over from Marco Vidal at the B team."
    )
    assert ("Marco Vidal", "Getafe", "reserve", "left") in keys_of(text)
