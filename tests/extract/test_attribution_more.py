"""Club and squad attribution, more cases: which club a sentence naming no post of its own is about,
and which team (women's, youth, national age group) a post is at."""

from __future__ import annotations

from extract_helpers import keys_of

# --- a sentence framed by a club: "At C he …" ---------------------------------------------------


def test_at_club_then_pronoun_without_comma_frames_the_clause():
    text = (
        "Werder Bremen have appointed Jonas Keller as head trainer. "
        "Keller was last trainer of Mainz 05 until October 2022. "
        "At Freiburg he had replaced Mark Tolle in March 2019 and led the team until the summer."
    )
    keys = keys_of(text)
    assert ("Jonas Keller", "SC Freiburg", "first_team", "appointed") in keys
    assert ("Mark Tolle", "SC Freiburg", "first_team", "left") in keys
    assert not any(k[0] == "Mark Tolle" and k[1] == "Mainz 05" for k in keys)


def test_at_club_then_named_man_without_comma_frames_the_clause():
    text = (
        "Leeds United have sacked their manager Paul Hart. "
        "At Sheffield Wednesday Hart had succeeded Brian Lowe in 2015."
    )
    keys = keys_of(text)
    assert ("Paul Hart", "Sheffield Wednesday", "first_team", "appointed") in keys
    assert ("Brian Lowe", "Leeds United", "first_team", "left") not in keys


def test_at_club_with_comma_still_frames_the_clause():
    text = (
        "Leeds United have sacked their manager Paul Hart. "
        "At Sheffield Wednesday, he had replaced Brian Lowe in 2015."
    )
    assert ("Paul Hart", "Sheffield Wednesday", "first_team", "appointed") in keys_of(text)


def test_at_the_start_of_a_word_is_no_framing_club():
    text = "Leeds United have sacked their manager Paul Hart. Attacking play under Hart had faded by March."
    assert not any(k[1] != "Leeds United" for k in keys_of(text))


# --- national teams: the women's national team named after the club -----------------------------


def test_released_as_coach_of_the_womens_national_team_is_the_national_womens_post():
    text = (
        "The KNVB on Friday released Anna de Wit from her duties as coach of the women's national "
        "team, effective immediately."
    )
    assert ("Anna de Wit", "Netherlands", "national_women", "dismissed") in keys_of(text)


def test_appointed_coach_of_the_national_womens_team_after_the_federation():
    text = "Sweden have appointed Lena Berg as head coach of the national women's team."
    keys = keys_of(text)
    assert ("Lena Berg", "Sweden", "national_women", "appointed") in keys
    assert ("Lena Berg", "Sweden", "national", "appointed") not in keys


def test_the_national_team_without_a_womens_word_stays_the_national_team():
    text = "The KNVB on Tuesday released Frank Smit from his duties as head coach of the national team."
    assert ("Frank Smit", "Netherlands", "national", "dismissed") in keys_of(text)


def test_womens_national_coach_before_the_name_is_a_squad():
    text = "England part company with women's national coach Jill Moss after the Euros."
    keys = keys_of(text)
    assert ("Jill Moss", "England", "national_women", "dismissed") in keys
    assert ("Jill Moss", "England", "national", "dismissed") not in keys


# --- national age groups of the women's game: "the U-20 Women's National Team" -------------------


def test_head_coach_of_the_u20_womens_national_team_is_that_squad_not_a_club():
    text = (
        "Gotham FC have hired Maria Lund as head coach. "
        "U.S. Soccer hired her in March 2022 as head coach of its U-20 Women's National Team, "
        "which reached a World Cup quarter-final under her."
    )
    keys = keys_of(text)
    assert ("Maria Lund", "United States", "national_women_u20", "appointed") in keys
    assert not any(k[1].startswith("U-20") for k in keys)


def test_under_17_womens_team_of_a_country():
    text = "England have named Kate Dunn head coach of the Under-17 Women's national side."
    assert ("Kate Dunn", "England", "national_women_u17", "appointed") in keys_of(text)


def test_a_womens_age_group_tournament_is_no_squad():
    text = (
        "Sweden have appointed Lena Berg as head coach of the national women's team. "
        "Berg led the side at the U-20 Women's World Cup in 2022."
    )
    keys = keys_of(text)
    assert not any(k[2] in ("women_u20", "national_women_u20") for k in keys)


# --- a promotion that names no squad is to the senior side -------------------------------------


def test_promoted_with_no_squad_named_is_the_senior_team_not_the_squad_in_view():
    text = (
        "Pablo Ruiz will coach Portugal's Under-21 team, the federation confirmed on Monday. "
        "Ruiz steps up from the Under-19s to replace Rui Gomes, who was promoted on Friday when the "
        "federation opted against extending the senior coach's deal."
    )
    keys = keys_of(text)
    assert ("Rui Gomes", "Portugal", "national", "appointed") in keys
    assert ("Rui Gomes", "Portugal", "national_u21", "appointed") not in keys


def test_promoted_to_a_named_squad_keeps_that_squad():
    text = "Ajax have promoted Jan Kuiper to head coach of the under-21s."
    keys = keys_of(text)
    assert ("Jan Kuiper", "Ajax", "u21", "appointed") in keys
    assert ("Jan Kuiper", "Ajax", "first_team", "appointed") not in keys
