"""Clubs named the way the press names them: the canonical name the gold sets and the press use
('Bohemians', 'Odd'), nicknames ('the Gypsies', 'the Ton'), grounds and training grounds ('Tim Hortons
Field', 'Verde Valle') and towns or regions that stand for a club ('the Durban club', 'the Telemark
side'). Invented sentences."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.reference import lookup_club


def test_bohemians_is_the_dublin_club_by_its_press_name():
    assert lookup_club("Bohemian FC").name == "Bohemians"
    text = "Bohemians have sacked Tom Walsh. The Gypsies will name a new manager next week."
    assert ("Tom Walsh", "Bohemians", "first_team", "dismissed") in keys_of(text)


def test_bohemians_prague_stays_the_czech_club():
    assert lookup_club("Bohemians Praha").name == "Bohemians 1905"


def test_odd_is_named_odd_and_the_bare_word_is_no_club():
    assert lookup_club("Odds BK").name == "Odd"
    text = "Pia Berg, an odd choice to some, has been appointed head coach of Viking."
    assert not any(k[1] == "Odd" for k in keys_of(text))


def test_the_telemark_side_is_odd_when_the_article_names_it():
    text = (
        "Odds BK have appointed Lars Moe as head coach. Moe had coached the Telemark side's juniors "
        "since 2019."
    )
    keys = keys_of(text)
    assert ("Lars Moe", "Odd", "first_team", "appointed") in keys
    assert not any(k[1] not in {"Odd"} for k in keys)


def test_a_ground_stands_for_its_club():
    text = "Forge FC have sacked Ryan Hale. He arrived at Tim Hortons Field in 2021."
    keys = keys_of(text)
    assert ("Ryan Hale", "Forge FC", "first_team", "dismissed") in keys
    assert not any(k[0] == "Tim Hortons Field" for k in keys)


def test_the_durban_club_is_the_durban_club_the_article_names():
    text = "Golden Arrows have appointed Sipho Dube as coach. The Durban club sacked Mark Nkosi in March."
    assert ("Mark Nkosi", "Lamontville Golden Arrows", "first_team", "dismissed") in keys_of(text)


def test_a_town_with_no_named_club_names_none():
    text = "Orlando Pirates have appointed Sipho Dube as coach. He grew up in Durban."
    keys = keys_of(text)
    assert not any(k[1] in {"AmaZulu FC", "Lamontville Golden Arrows", "Royal AM"} for k in keys)
