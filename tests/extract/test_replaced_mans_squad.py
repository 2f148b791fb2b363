"""The man replaced held the post the clause names before 'replacing' / 'where he replaces': a youth,
Olympic or women's squad, not the club's first team."""

from __future__ import annotations

from extract_helpers import keys_of


def test_replacing_after_a_clubless_olympic_team():
    text = "Egypt sacked Hossam Hassan. Micale took over the Olympic team in 2023, replacing Samir Gharib."
    keys = keys_of(text)
    assert ("Samir Gharib", "Egypt", "national_u23", "left") in keys
    assert ("Samir Gharib", "Egypt", "national", "left") not in keys


def test_replacing_after_a_club_age_group_title():
    text = "Ajax appointed Marco Rossi as coach of the under-19 team, replacing Kees Dirksen."
    keys = keys_of(text)
    assert ("Kees Dirksen", "Ajax", "u19", "left") in keys
    assert ("Kees Dirksen", "Ajax", "first_team", "left") not in keys


def test_where_he_replaces_after_the_squad_he_will_coach():
    text = (
        "Spain named Luis Alvarez as coach. Assistant Pedro Lago will leave in the summer "
        "to coach the under-19s, where he replaces Jon Arrieta."
    )
    keys = keys_of(text)
    assert ("Jon Arrieta", "Spain", "national_u19", "left") in keys
    assert ("Pedro Lago", "Spain", "national_u19", "appointed") in keys


def test_senior_post_replacing_stays_first_team():
    text = "Ajax appointed Marco Rossi as head coach, replacing Kees Dirksen."
    assert ("Kees Dirksen", "Ajax", "first_team", "left") in keys_of(text)


def test_squad_of_an_earlier_clause_is_not_the_post_filled():
    text = (
        "Real Sociedad sacked Eusebio Sacristan. Imanol Alguacil took the reins as interim, returned to "
        "the B team and in December was appointed in substitution of Asier Garrido."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Asier Garrido" and k[2] == "reserve" for k in keys)


def test_squad_of_an_aside_on_the_new_man_is_not_the_post_filled():
    text = (
        "Ajax appointed Marco Rossi as head coach, who had coached the under-19 team, replacing Kees Dirksen."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Kees Dirksen" and k[2] == "u19" for k in keys)
