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
        "Sampdoria have sacked Andrea Pirlo after only three matchdays. In his place arrives Andrea "
        "Sottil, who signed a contract until June 2026. The 50-year-old was without a team since he was "
        "sacked by Udinese last November."
    )
    assert ("Andrea Sottil", "Udinese", "first_team", "dismissed") in keys
    assert not any(k[0] == "Andrea Pirlo" and k[1] == "Udinese" for k in keys)


def test_his_successor_named_in_apposition_is_the_next_he() -> None:
    keys = keys_of(
        "Lorient have dismissed Regis Le Bris. His successor, Olivier Pantaloni, signed until 2026. "
        "He was sacked by Ajaccio in March."
    )
    assert ("Olivier Pantaloni", "AC Ajaccio", "first_team", "dismissed") in keys
    assert not any(k[0] == "Regis Le Bris" and k[1] == "AC Ajaccio" for k in keys)


def test_fronted_possessive_phrase_leaves_the_named_subject_in_focus() -> None:
    keys = keys_of(
        "Club America have appointed Andre Jardine as their new head coach. Jardine replaces Fernando "
        "Ortiz, who left at the end of the Clausura. In his first full season at San Luis, Jardine turned "
        "a small budget into a Liguilla side. He is best known for leading Brazil's under-23 team to the "
        "Olympic gold medal in 2021."
    )
    assert ("Andre Jardine", "Brazil", "national_u23", "in_charge") in keys
    assert not any(k[0] == "Fernando Ortiz" and k[1] == "Brazil" for k in keys)


def test_his_assistant_named_as_subject_keeps_the_boss_in_focus() -> None:
    # near miss: "His son and assistant X was also let go" is told about the boss's exit; "the
    # 63-year-old" who had replaced Sampaoli is still the boss
    keys = keys_of(
        "Flamengo sacked coach Tite on Monday. His son and assistant Matheus Bachi was also let go. The "
        "63-year-old had replaced Jorge Sampaoli in October 2023.",
        published="2024-10-01",
    )
    assert ("Tite", "Flamengo", "first_team", "appointed") in keys
    assert not any(k[0] == "Matheus Bachi" and k[3] == "appointed" for k in keys)


# --- "X, a former defender of A, B and C, made his name on the bench with D and E" ------------------


def test_playing_career_list_in_apposition_keeps_the_bench_spells() -> None:
    keys = keys_of(
        "Sampdoria have named Andrea Sottil as coach. Sottil, a former defender of Genoa, Fiorentina and "
        "Atalanta, made his name on the bench with Ascoli and Pescara in Serie B."
    )
    assert ("Andrea Sottil", "Ascoli", "first_team", "in_charge") in keys
    assert ("Andrea Sottil", "Pescara", "first_team", "in_charge") in keys
    assert not any(k[0] == "Andrea Sottil" and k[1] in ("Genoa", "Fiorentina", "Atalanta") for k in keys)


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
        "Preston have sacked Ryan Lowe. Lowe had been in charge at Deepdale since December 2021, having "
        "previously led Bury and Plymouth to promotion from League Two."
    )
    assert ("Ryan Lowe", "Bury FC", "first_team", "in_charge") in keys
    assert ("Ryan Lowe", "Plymouth Argyle", "first_team", "in_charge") in keys


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
        "Simba have named Fadlu Davids as head coach, replacing Josef Zinnbauer's former assistant. He "
        "previously worked with Zinnbauer at Orlando Pirates and was head coach of Maritzburg United."
    )
    assert ("Fadlu Davids", "Orlando Pirates", "first_team", "in_charge") in keys
    assert ("Josef Zinnbauer", "Orlando Pirates", "first_team", "in_charge") in keys
    assert ("Fadlu Davids", "Maritzburg United", "first_team", "in_charge") in keys
    assert not any(k[0] == "Josef Zinnbauer" and k[1] == "Maritzburg United" for k in keys)


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
        "Rangers have named Kevin Muscat as manager. He replaced compatriot Ange Postecoglou at Yokohama "
        "F. Marinos in 2021, after a short spell in Belgium with Sint-Truiden."
    )
    assert ("Kevin Muscat", "Sint-Truiden", "first_team", "in_charge") in keys
    assert not any(k[0] == "Ange Postecoglou" and k[1] == "Sint-Truiden" for k in keys)


def test_spell_after_succeeding_a_countryman_is_the_subjects() -> None:
    keys = keys_of(
        "Hull have appointed Ruben Selles. Selles succeeded countryman Pepe Mel at Sevilla's academy, "
        "after a brief stint with Aris."
    )
    assert not any(k[0] == "Pepe Mel" and k[1] == "Aris" for k in keys)
    assert ("Pepe Mel", "Sevilla", "youth", "left") in keys
