"""Club and squad attribution: a clubless squad in a clause whose subject the sentence
places at a club is that club's; a vacancy remembers the squad its coach left."""

from __future__ import annotations

from extract_helpers import keys_of

# --- "A former coach in C's academy, X took over the women's side": a move inside C ---------------


def test_academy_coach_taking_over_the_womens_side_stays_at_that_club():
    text = (
        "Assistant coach Tom Harwell will take over Seattle Sounders on an interim basis, "
        "the team said Monday. "
        "A former coach in Arsenal's academy, the Englishman took charge of the women's team in 2014 "
        "and won five trophies before moving to Seattle."
    )
    keys = keys_of(text)
    assert ("Tom Harwell", "Arsenal", "women", "appointed") in keys
    assert not any(k[1] == "Seattle Sounders" and k[2] == "women" for k in keys)


def test_possessive_academy_director_then_named_under_21_coach():
    text = (
        "Celtic have confirmed a new women's coach. "
        "Lena Varga, Hibernian's academy director, was appointed coach of the under-21 side in 2019."
    )
    keys = keys_of(text)
    assert ("Lena Varga", "Hibernian", "u21", "appointed") in keys
    assert not any(k[0] == "Lena Varga" and k[1] == "Celtic" for k in keys)


def test_present_post_without_a_squad_names_the_club():
    text = (
        "Leeds United named Mark Dorner as head coach on Friday. "
        "A coach at Brentford since 2012, Paul Esterby took charge of the women's team in 2016."
    )
    keys = keys_of(text)
    assert ("Paul Esterby", "Brentford", "women", "appointed") in keys


def test_a_former_club_without_a_squad_does_not_take_the_squad():
    text = (
        "Leeds United named Mark Dorner as head coach on Friday. "
        "A former coach at Brentford, Paul Esterby took charge of the women's team in 2016."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Paul Esterby" and k[1] == "Brentford" and k[2] == "women" for k in keys)


def test_a_squad_in_a_later_clause_is_not_bound():
    text = (
        "Leeds United named Mark Dorner as head coach on Friday. "
        "A coach in Brentford's academy, Paul Esterby left in 2015, "
        "and later he took charge of the women's team."
    )
    keys = keys_of(text)
    assert not any(k[1] == "Brentford" and k[2] == "women" for k in keys)


# --- "She resigned as women's coach. She was succeeded by Y": the vacancy keeps its squad ----------


def test_successor_of_a_womens_national_coach_who_resigned_gets_that_post():
    text = (
        "Pia Lund was named Norway coach on Thursday. "
        "She previously led the Netherlands women's team from 2019 to 2023, "
        "when she resigned after the World Cup. "
        "She was succeeded by her assistant Anna Berg."
    )
    keys = keys_of(text)
    assert ("Anna Berg", "Netherlands", "national_women", "appointed") in keys
    assert not any(k[0] == "Anna Berg" and k[1] == "Norway" for k in keys)


def test_club_womens_coach_sacked_then_replaced_keeps_the_womens_squad():
    text = (
        "Brighton sacked their women's coach Mia Holt on Monday after a run of six defeats. "
        "She was replaced by her assistant Jo Fern, who will lead the side until the summer."
    )
    keys = keys_of(text)
    assert ("Jo Fern", "Brighton & Hove Albion", "women", "appointed") in keys


def test_successor_of_someone_else_is_not_given_the_vacancy():
    text = (
        "Ajax sacked women's coach Ilse Kramer on Monday. At Feyenoord, Tom Vos was succeeded by Ruud Dekker."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Ruud Dekker" and k[1] == "Ajax" for k in keys)
