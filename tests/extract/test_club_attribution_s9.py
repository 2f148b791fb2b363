"""Which man and which club a fact goes to when the story names more than one: a possessive in a
succession phrase or a fronted phrase ('In his place arrives X', 'His successor, X, …', 'In his first
season at C, X …') is not the subject the next sentence's 'he' or 'the 50-year-old' goes on about; a
playing career's list of clubs set off by commas ('X, a former defender of A, B and C, made his name on
the bench with D and E') does not hide the coaching spells told after it."""

from __future__ import annotations

from extract_helpers import keys_of

# --- "In his place arrives X": the newcomer, not the man replaced, is who the story goes on about -----


def test_in_his_place_arrives_newcomer_is_the_next_descriptor() -> None:
    keys = keys_of(
        "Cremonese have sacked Marco Danti after just four games. In his place arrives Luca "
        "Ferro, who has signed until June 2027. The 47-year-old had been out of work since he was "
        "sacked by Lecce last December."
    )
    assert ("Luca Ferro", "Lecce", "first_team", "dismissed") in keys
    assert not any(k[0] == "Marco Danti" and k[1] == "Lecce" for k in keys)


def test_his_successor_named_in_apposition_is_the_next_he() -> None:
    keys = keys_of(
        "Lorient have dismissed Regis Le Bris. His successor, Olivier Pantaloni, signed until 2026. "
        "He was sacked by Ajaccio in March."
    )
    assert ("Olivier Pantaloni", "AC Ajaccio", "first_team", "dismissed") in keys
    assert not any(k[0] == "Regis Le Bris" and k[1] == "AC Ajaccio" for k in keys)


def test_fronted_possessive_phrase_leaves_the_named_subject_in_focus() -> None:
    keys = keys_of(
        "Monterrey have appointed Paulo Mendes as their new head coach. Mendes replaces Victor "
        "Ruiz, who quit when the Apertura ended. In his second season at Puebla, Mendes made "
        "a modest squad into play-off contenders. He is best known for leading Portugal's under-23 "
        "side to a Toulon title in 2017."
    )
    assert ("Paulo Mendes", "Portugal", "national_u23", "in_charge") in keys
    assert not any(k[0] == "Victor Ruiz" and k[1] == "Portugal" for k in keys)


def test_his_assistant_named_as_subject_keeps_the_boss_in_focus() -> None:
    # near miss: "His son and assistant X was also let go" is told about the boss's exit; "the
    # 63-year-old" who had replaced Sampaoli is still the boss
    keys = keys_of(
        "Palmeiras sacked coach Abel Moura on Sunday. His son and assistant Tiago Moura was also let go. The "
        "58-year-old had replaced Luis Castro in March 2023.",
        published="2024-10-01",
    )
    assert ("Abel Moura", "Palmeiras", "first_team", "appointed") in keys
    assert not any(k[0] == "Tiago Moura" and k[3] == "appointed" for k in keys)


# --- "X, a former defender of A, B and C, made his name on the bench with D and E" ------------------


def test_playing_career_list_in_apposition_keeps_the_bench_spells() -> None:
    keys = keys_of(
        "Lecce have named Davide Rocca as coach. Rocca, a former defender of Parma, Bologna and "
        "Udinese, made his name on the bench with Cittadella and Modena in the second tier."
    )
    assert ("Davide Rocca", "Cittadella", "first_team", "in_charge") in keys
    assert ("Davide Rocca", "Modena", "first_team", "in_charge") in keys
    assert not any(k[0] == "Davide Rocca" and k[1] in ("Parma", "Bologna", "Udinese") for k in keys)


def test_playing_career_list_with_other_position_and_verb() -> None:
    keys = keys_of(
        "Hellas Verona have appointed Paolo Zanetti. Zanetti, a former midfielder for Empoli, Torino and "
        "Atalanta, cut his teeth on the bench with Sudtirol and Venezia."
    )
    assert ("Paolo Zanetti", "Venezia", "first_team", "in_charge") in keys
    assert not any(k[0] == "Paolo Zanetti" and k[1] in ("Empoli", "Torino") for k in keys)


# --- "having previously led Bury and Plymouth to promotion": a town-named club led somewhere is the club


def test_club_known_by_its_town_led_to_promotion_in_a_list() -> None:
    keys = keys_of(
        "Blackpool have sacked Danny Moss. Moss had run the side at Bloomfield Road since June 2022, having "
        "previously led Plymouth and Bury to promotion out of League One."
    )
    assert ("Danny Moss", "Bury FC", "first_team", "in_charge") in keys
    assert ("Danny Moss", "Plymouth Argyle", "first_team", "in_charge") in keys


def test_club_known_by_its_town_guided_to_the_title() -> None:
    keys = keys_of("Salford have named Karl Robinson as manager. Robinson guided Bury to the title in 2015.")
    assert ("Karl Robinson", "Bury FC", "first_team", "in_charge") in keys


def test_town_led_without_a_destination_names_no_club() -> None:
    # near miss: "led Bury" with nothing it was led to is no career cue of its own
    keys = keys_of("Salford have named Karl Robinson as manager. Robinson led Bury before the break.")
    assert not any(k[1] == "Bury FC" for k in keys)
    assert ("Karl Robinson", "Salford City", "first_team", "appointed") in keys


# --- "He previously worked with Y at C": a spell on Y's staff there, and Y's own spell; the clause
# after it ("and was head coach of D") is the subject's, not Y's


def test_worked_with_boss_at_club_gives_both_spells() -> None:
    keys = keys_of(
        "Simba have named Miguel Sousa as head coach, replacing Karl Brenner's one-time assistant. He "
        "previously worked with Brenner at Kaizer Chiefs and was head coach of SuperSport United."
    )
    assert ("Miguel Sousa", "Kaizer Chiefs", "first_team", "in_charge") in keys
    assert ("Karl Brenner", "Kaizer Chiefs", "first_team", "in_charge") in keys
    assert ("Miguel Sousa", "SuperSport United", "first_team", "in_charge") in keys
    assert not any(k[0] == "Karl Brenner" and k[1] == "SuperSport United" for k in keys)


def test_had_worked_under_boss_with_national_team() -> None:
    keys = keys_of(
        "Paraguay have appointed Gustavo Alfaro. Alfaro had also worked under Jose Pekerman with Colombia "
        "before taking charge of Ecuador."
    )
    assert ("Gustavo Alfaro", "Colombia", "national", "in_charge") in keys
    assert ("Jose Pekerman", "Colombia", "national", "in_charge") in keys


def test_worked_alongside_compatriot_at_club() -> None:
    keys = keys_of(
        "Bodo/Glimt have named Kjetil Knutsen as coach. Knutsen worked alongside compatriot Aasmund "
        "Bjorkan at Brann."
    )
    assert ("Kjetil Knutsen", "SK Brann", "first_team", "in_charge") in keys
    assert ("Aasmund Bjorkan", "SK Brann", "first_team", "in_charge") in keys


def test_worked_with_a_club_youth_team_is_no_staff_spell_under_him() -> None:
    # near miss: the club's youth side named after the club is not a post on the man's staff
    keys = keys_of(
        "Simba have named Fadlu Davids as head coach. He worked with Josef Zinnbauer at Orlando Pirates' "
        "academy for a year."
    )
    assert not any(k[0] == "Josef Zinnbauer" for k in keys)
    assert ("Fadlu Davids", "Simba SC", "first_team", "appointed") in keys


# --- "He replaced compatriot Y in Yokohama, after a short spell with C": the subject's spell --------


def test_spell_after_replacing_a_compatriot_is_the_subjects() -> None:
    keys = keys_of(
        "Hearts have named Craig Baxter as manager. He replaced compatriot Lee Duncan at Yokohama "
        "F. Marinos in 2019, after a short spell in Belgium with Eupen."
    )
    assert ("Craig Baxter", "Eupen", "first_team", "in_charge") in keys
    assert not any(k[0] == "Lee Duncan" and k[1] == "Eupen" for k in keys)


def test_spell_after_succeeding_a_countryman_is_the_subjects() -> None:
    keys = keys_of(
        "Hull have appointed Ruben Selles. Selles succeeded countryman Pepe Mel at Sevilla's academy, "
        "after a brief stint with Aris."
    )
    assert not any(k[0] == "Pepe Mel" and k[1] == "Aris" for k in keys)
    assert ("Pepe Mel", "Sevilla", "youth", "left") in keys
