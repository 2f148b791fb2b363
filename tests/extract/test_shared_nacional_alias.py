"""'Nacional' is what the press calls three clubs (Madeira's CD Nacional, Montevideo's Club Nacional de
Football, Medellín's Atlético Nacional): a career verb before it names the one the article names in full,
and never the Madeira club in a story of the others."""

from __future__ import annotations

from extract_helpers import keys_of


def test_nacional_is_the_named_colombian_club():
    text = (
        "Atlético Nacional have appointed Pablo Repetto. Repetto directed Nacional's reserve team in 2019 "
        "before leaving for Ecuador."
    )
    keys = keys_of(text)
    assert ("Pablo Repetto", "Atlético Nacional", "reserve", "in_charge") in keys
    assert not {k for k in keys if k[1] == "CD Nacional"}


def test_nacional_in_uruguay_is_not_the_madeira_club():
    text = (
        "Universitario have appointed Jorge Fossati. Fossati, 71, directed Peñarol and Nacional in Uruguay "
        "and led Qatar."
    )
    assert not {k for k in keys_of(text) if k[1] == "CD Nacional"}


def test_nacional_in_a_madeira_story_is_still_the_madeira_club():
    text = "CD Nacional have appointed Tiago Margarido. Margarido coached Nacional's under-23 side in 2021."
    assert not {k for k in keys_of(text) if k[1] in ("Atlético Nacional", "Club Nacional de Football")}
    assert {k for k in keys_of(text) if k[1] == "CD Nacional" and k[3] == "in_charge"}
