"""A city's name of several words followed by a club word in one capitalised run ('Porto Alegre FC',
'Buenos Aires United') is that city's club, one the reference data may not list, not a place nor a club
one of its words names ('Porto' is FC Porto's); the city alone stays a place."""

from __future__ import annotations

from extract_helpers import keys_of


def test_city_and_club_word_name_a_club() -> None:
    text = (
        "Porto Alegre FC have named Mark Dorne as their head coach for the new season. Dorne brings his "
        "assistant Lee Harte."
    )
    keys = keys_of(text)
    assert ("Mark Dorne", "Porto Alegre FC", "first_team", "appointed") in keys
    assert ("Lee Harte", "Porto Alegre FC", "first_team", "appointed") in keys
    assert not any(club == "FC Porto" for _, club, _, _ in keys)


def test_city_of_several_words_before_united() -> None:
    text = "Buenos Aires United sacked head coach Pablo Ferro on Sunday after five defeats in a row."
    assert ("Pablo Ferro", "Buenos Aires United", "first_team", "dismissed") in keys_of(text)


def test_city_alone_is_no_club() -> None:
    text = "Walsall have appointed Mark Dorne as head coach. Dorne left Porto Alegre in May."
    clubs = {club for _, club, _, _ in keys_of(text)}
    assert "FC Porto" not in clubs
    assert not any("Alegre" in club for club in clubs)
