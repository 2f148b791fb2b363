"""Where one clause's words stop belonging to another's fact: a participle or 'previously …' clause
after a comma keeps its squad and its subject to itself, a squad 'in <city>' is no club, a shared
nickname is the club the article names, a league is nobody a pronoun can mean (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def test_a_youth_spell_after_having_is_the_subjects_not_the_replaced_mans() -> None:
    keys = keys_of(
        "Freiburg have a new coach. Christian Streich took over in December 2011 from Marcus Sorg, "
        "having spent 16 years coaching the club's youth teams."
    )
    assert ("Christian Streich", "SC Freiburg", "youth", "in_charge") in keys
    assert not any(k[0] == "Marcus Sorg" and k[3] == "in_charge" for k in keys)
    # the takeover is the first team's: the youth teams belong to the participle clause
    assert not any(k[0] == "Christian Streich" and k[3] == "appointed" and k[2] == "youth" for k in keys)


def test_a_previously_clause_after_a_relative_clause_is_the_sentence_subjects() -> None:
    keys = keys_of(
        "Poland have sacked Michal Probierz. Probierz, who took over in September 2023 after Fernando "
        "Santos was sacked, previously coached Poland's under-21 team and Cracovia."
    )
    assert ("Michał Probierz", "Poland", "national_u21", "in_charge") in keys
    assert ("Michał Probierz", "Cracovia", "first_team", "in_charge") in keys
    assert not any(k[0] == "Fernando Santos" and k[3] == "in_charge" for k in keys)
    # the man sacked before him lost the senior post, not the under-21s
    assert ("Fernando Santos", "Poland", "national", "dismissed") in keys


def test_a_replaced_mans_squad_is_not_taken_from_the_having_clause() -> None:
    keys = keys_of(
        "Ajax have appointed John Heitinga. Heitinga replaced Alfred Schreuder in the summer, having "
        "previously coached the club's under-19 side."
    )
    assert ("Alfred Schreuder", "Ajax", "first_team", "left") in keys
    assert ("John Heitinga", "Ajax", "u19", "in_charge") in keys


def test_a_squad_playing_in_a_city_is_not_a_club_of_that_city() -> None:
    keys = keys_of(
        "Turkey have appointed Stefan Kuntz. Kuntz coached Germany's under-21s from 2016 and also led "
        "Germany's Olympic team in Tokyo this summer."
    )
    assert not any(k[1] == "Tokyo" for k in keys)
    assert ("Stefan Kuntz", "Germany", "national_u23", "in_charge") in keys


def test_a_club_team_in_a_city_is_still_that_club() -> None:
    clubs = [m.name for m in run_mentions("He coached the NWSL team in San Diego for two years.", None)]
    assert "San Diego" in clubs


def test_giallorossi_is_the_club_of_that_nickname_the_article_names() -> None:
    lecce = keys_of(
        "Lecce have sacked Roberto D'Aversa. The Giallorossi announced on Sunday that D'Aversa had been "
        "relieved of his duties."
    )
    assert not any(k[1] == "Roma" for k in lecce)
    roma = keys_of(
        "Roma have sacked Daniele De Rossi. The Giallorossi announced on Sunday that De Rossi had been "
        "relieved of his duties."
    )
    assert {k[1] for k in roma} == {"Roma"}


def test_a_league_name_is_nobody_a_pronoun_can_mean() -> None:
    keys = keys_of(
        "Al-Ettifaq have sacked Steven Gerrard. Saad Al Shehri has been named as his replacement. "
        "Al Shehri led Saudi Arabia to the Asian title in 2022. Before moving to the Gulf, Gerrard "
        "managed Rangers, where he won the Scottish Premiership title in 2021, and Aston Villa, who "
        "sacked him in October 2022."
    )
    assert ("Steven Gerrard", "Aston Villa", "first_team", "dismissed") in keys
    assert not any(k[0] == "Saad Al Shehri" and k[1] == "Aston Villa" for k in keys)


def test_replaced_by_fills_the_post_the_same_sentence_says_he_lost() -> None:
    keys = keys_of(
        "Preston have appointed Paul Heckingbottom. Heckingbottom has been out of work since he was "
        "sacked by Sheffield United in December, when he was replaced by Chris Wilder."
    )
    assert ("Chris Wilder", "Sheffield United", "first_team", "appointed") in keys
    assert not any(k[0] == "Chris Wilder" and k[1] == "Preston North End" for k in keys)
    keys = keys_of(
        "Hull have named Ruben Selles as head coach. Selles had left Reading in the summer and was "
        "replaced by Noel Hunt."
    )
    assert ("Noel Hunt", "Reading", "first_team", "appointed") in keys


def test_a_club_coach_named_to_a_national_team_keeps_his_clubs_first_team() -> None:
    keys = keys_of(
        "Brazil named Fluminense coach Fernando Diniz as interim head coach of the national team on "
        "Wednesday, a role he will hold while continuing to lead his club."
    )
    assert ("Fernando Diniz", "Brazil", "national", "appointed") in keys
    assert ("Fernando Diniz", "Fluminense", "first_team", "in_charge") in keys
    assert not any(k[1] == "Fluminense" and k[2] == "national" for k in keys)


def test_a_squad_coached_right_after_a_spell_at_a_club_is_that_clubs() -> None:
    keys = keys_of(
        "West Brom have appointed Carlos Corberan. He had previously worked under Marcelo Bielsa at "
        "Leeds United, coaching the under-23s."
    )
    assert ("Carlos Corberan", "Leeds United", "u23", "in_charge") in keys
    keys = keys_of(
        "Norwich have named Johannes Hoff Thorup head coach. Thorup spent six years with Nordsjaelland, "
        "running their under-19s before taking over the first team."
    )
    assert ("Johannes Hoff Thorup", "FC Nordsjælland", "u19", "in_charge") in keys
