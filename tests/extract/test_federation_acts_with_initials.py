"""A federation that sacks or hires, named by its country's demonym, makes the story that country's
team's even where the text never names the country: also with its initials between ('The Ethiopian
Football Federation (EFF) has relieved X of his duties'), and with a demonym of two words ('Central
African')."""

from __future__ import annotations

from extract_helpers import keys_of


def test_federation_with_initials_relieving_its_coach():
    text = (
        "The Ethiopian Football Federation (EFF) has relieved coach Marco Tellini of his duties. "
        "Tellini had earlier coached Rwanda. His assistant Abel Worku is also dismissed."
    )
    keys = keys_of(text)
    assert ("Abel Worku", "Ethiopia", "national", "dismissed") in keys
    assert not any(k[0] == "Abel Worku" and k[1] == "Rwanda" for k in keys)


def test_central_african_federation_names_its_team():
    text = (
        "The Central African federation has sacked coach Marco Tellini after the qualifiers. "
        "Tellini had earlier coached Rwanda. His assistant Abel Worku is also dismissed."
    )
    keys = keys_of(text)
    assert ("Marco Tellini", "Central African Republic", "national", "dismissed") in keys
    assert ("Abel Worku", "Central African Republic", "national", "dismissed") in keys


def test_federation_merely_mentioned_is_no_topic():
    # the federation fines a club; it does not hire or sack
    text = (
        "Rwanda coach Marco Tellini was fined by the Ethiopian Football Federation (EFF) after the game. "
        "His assistant Abel Worku was also sent off."
    )
    keys = keys_of(text)
    assert not any(k[1] == "Ethiopia" for k in keys)
