"""Where one clause's words stop belonging to another's fact: a participle or 'previously …' clause
after a comma keeps its squad and its subject to itself, a squad 'in <city>' is no club, a shared
nickname is the club the article names, a league is nobody a pronoun can mean (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def test_a_youth_spell_after_having_is_the_subjects_not_the_replaced_mans() -> None:
    keys = keys_of(
        "Mainz have a new coach. Jonas Keller took over in March 2014 from Peter Brandt, "
        "having coached the club's youth teams for 12 years."
    )
    assert ("Jonas Keller", "1. FSV Mainz 05", "youth", "in_charge") in keys
    assert not any(k[0] == "Peter Brandt" and k[3] == "in_charge" for k in keys)
    # the takeover is the first team's: the youth teams belong to the participle clause
    assert not any(k[0] == "Jonas Keller" and k[3] == "appointed" and k[2] == "youth" for k in keys)


def test_a_previously_clause_after_a_relative_clause_is_the_sentence_subjects() -> None:
    keys = keys_of(
        "Hungary have sacked Adam Kovacs. Kovacs, who took over in May 2021 after Gabor Nemeth was "
        "sacked, previously coached Hungary's under-21 team and Ferencvaros."
    )
    assert ("Adam Kovacs", "Hungary", "national_u21", "in_charge") in keys
    assert ("Adam Kovacs", "Ferencváros", "first_team", "in_charge") in keys
    assert not any(k[0] == "Gabor Nemeth" and k[3] == "in_charge" for k in keys)
    # the man sacked before him lost the senior post, not the under-21s
    assert ("Gabor Nemeth", "Hungary", "national", "dismissed") in keys


def test_a_replaced_mans_squad_is_not_taken_from_the_having_clause() -> None:
    keys = keys_of(
        "PSV have appointed Mark Jansen. Jansen replaced Erik de Wit in the summer, having "
        "previously coached their under-19 side."
    )
    assert ("Erik de Wit", "PSV Eindhoven", "first_team", "left") in keys
    assert ("Mark Jansen", "PSV Eindhoven", "u19", "in_charge") in keys


def test_a_squad_playing_in_a_city_is_not_a_club_of_that_city() -> None:
    keys = keys_of(
        "Greece have appointed Lukas Berger. Berger coached Austria's under-21s from 2015 and also led "
        "Austria's Olympic team in Paris last summer."
    )
    assert not any(k[1].startswith("Paris") for k in keys)
    assert ("Lukas Berger", "Austria", "national_u23", "in_charge") in keys


def test_a_club_team_in_a_city_is_still_that_club() -> None:
    clubs = [m.name for m in run_mentions("He coached the NWSL team in San Diego for two years.", None)]
    assert "San Diego" in clubs


def test_giallorossi_is_the_club_of_that_nickname_the_article_names() -> None:
    lecce = keys_of(
        "Lecce have sacked Marco Rinaldi. The Giallorossi confirmed on Monday that Rinaldi has been "
        "relieved of his duties."
    )
    assert not any(k[1] == "Roma" for k in lecce)
    roma = keys_of(
        "Roma have sacked Luca Ferri. The Giallorossi confirmed on Monday that Ferri has been "
        "relieved of his duties."
    )
    assert {k[1] for k in roma} == {"Roma"}


def test_a_league_name_is_nobody_a_pronoun_can_mean() -> None:
    keys = keys_of(
        "Al-Nassr have sacked Peter Lowe. Hamad Al Qahtani has been named as his replacement. "
        "Al Qahtani took Saudi Arabia to the Gulf Cup title in 2019. Before moving to Riyadh, Lowe "
        "managed Celtic, where he won the Scottish Premiership in 2019, and Everton, who "
        "sacked him in March 2022."
    )
    assert ("Peter Lowe", "Everton", "first_team", "dismissed") in keys
    assert not any(k[0] == "Hamad Al Qahtani" and k[1] == "Everton" for k in keys)


def test_replaced_by_fills_the_post_the_same_sentence_says_he_lost() -> None:
    keys = keys_of(
        "Blackburn have appointed Tom Pearce. Pearce has had no job since he was "
        "sacked by Stoke City in March, when he was replaced by Dan Carter."
    )
    assert ("Dan Carter", "Stoke City", "first_team", "appointed") in keys
    assert not any(k[0] == "Dan Carter" and k[1] == "Blackburn Rovers" for k in keys)
    keys = keys_of(
        "Hull have named Ruben Selles as head coach. Selles had left Reading in the summer and was "
        "replaced by Noel Hunt."
    )
    assert ("Noel Hunt", "Reading", "first_team", "appointed") in keys


def test_a_club_coach_named_to_a_national_team_keeps_his_clubs_first_team() -> None:
    keys = keys_of(
        "Argentina named River Plate coach Diego Luna interim head coach of the national side on "
        "Friday, a role he will combine with leading his club."
    )
    assert ("Diego Luna", "Argentina", "national", "appointed") in keys
    assert ("Diego Luna", "River Plate", "first_team", "in_charge") in keys
    assert not any(k[1] == "River Plate" and k[2] == "national" for k in keys)


def test_a_squad_coached_right_after_a_spell_at_a_club_is_that_clubs() -> None:
    keys = keys_of(
        "Stoke have appointed Pablo Ortega. He had previously worked under Unai Salas at "
        "Everton, coaching the under-21s."
    )
    assert ("Pablo Ortega", "Everton", "u21", "in_charge") in keys
    keys = keys_of(
        "Norwich have named Johannes Hoff Thorup head coach. Thorup spent six years with Nordsjaelland, "
        "running their under-19s before taking over the first team."
    )
    assert ("Johannes Hoff Thorup", "FC Nordsjælland", "u19", "in_charge") in keys
