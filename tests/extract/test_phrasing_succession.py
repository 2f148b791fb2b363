"""Succession told by a successor, a place taken, a substitution, a release, a predecessor followed."""

from __future__ import annotations

from extract_helpers import events_of, keys_of


def test_came_as_successor_of():
    keys = keys_of(
        "Augsburg have sacked Jess Thorup. Thorup had arrived at Augsburg in October 2023 from "
        "Copenhagen as successor of Enrico Maassen."
    )
    assert ("Jess Thorup", "FC Augsburg", "first_team", "appointed") in keys
    assert ("Enrico Maassen", "FC Augsburg", "first_team", "left") in keys


def test_named_as_the_successor_of_a_described_man():
    keys = keys_of(
        "Sevilla have a new coach. "
        "Xavier Garcia Pimienta was named in December as the successor of the Spaniard Quique Sanchez Flores."
    )
    assert ("Xavier García Pimienta", "Sevilla", "first_team", "appointed") in keys or (
        "Xavier Garcia Pimienta",
        "Sevilla",
        "first_team",
        "appointed",
    ) in keys


def test_place_was_taken_by():
    keys = keys_of(
        "Lech Poznan dismissed Jan Nowak in 2023. At Lech his place was taken by the Dane Gorm Lund."
    )
    assert any(k[0] == "Gorm Lund" and k[3] == "appointed" for k in keys)


def test_dismissed_and_substituted_by():
    keys = keys_of(
        "Roger Machado is the new coach of Santos. "
        "At Palmeiras he was sacked in 2018 and substituted by Luiz Felipe Scolari."
    )
    assert ("Luiz Felipe Scolari", "Palmeiras", "first_team", "appointed") in keys


def test_coach_substituted_by():
    keys = keys_of("Ajax coach Erik Meijer was substituted by Francesco Farioli in the summer.")
    assert ("Francesco Farioli", "Ajax", "first_team", "appointed") in keys


def test_manager_took_his_place():
    keys = keys_of("Ajax manager Francesco Farioli took his place.")
    assert ("Francesco Farioli", "Ajax", "first_team", "appointed") in keys


def test_after_the_release_of():
    keys = keys_of(
        "Heiko Butscher, coach of the U19, took charge at Bochum in April after the release of Thomas Letsch."
    )
    assert ("Thomas Letsch", "VfL Bochum", "first_team", "dismissed") in keys


def test_followed_who_left():
    keys = keys_of(
        "Hartlepool United have a new manager. Dean Ross had in turn followed Gary Lowe, who left in May."
    )
    assert ("Gary Lowe", "Hartlepool United", "first_team", "left") in keys
    assert ("Dean Ross", "Hartlepool United", "first_team", "appointed") in keys


def test_match_substitutions_give_nothing():
    assert not keys_of("Ajax striker Brian Brobbey was substituted by Chuba Akpom in the 70th minute.")
    assert not keys_of("Chuba Akpom substitutes Brian Brobbey in the second half for Ajax.")
    assert not keys_of("Brian Brobbey went off injured and his place was taken by Chuba Akpom.")


def test_relieved_a_man_is_replacing_him():
    text = (
        "Sevilla sacked Diego Alonso on Saturday. Alonso himself had relieved José Luis Mendilibar in "
        "October."
    )
    events = events_of(text)
    assert ("Diego Alonso", "Sevilla", "appointed") in events
    assert ("José Luis Mendilibar", "Sevilla", "left") in events


def test_relieved_of_his_duties_is_no_replacement():
    text = "Sevilla have appointed Diego Alonso. Alonso relieved Jesús Navas of his duties as captain."
    assert ("Jesús Navas", "Sevilla", "left") not in events_of(text)
