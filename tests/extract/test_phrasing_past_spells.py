"""Past spells of a coach told in a career sentence: every club of a list keeps the career verb
(years, countries, "in two spells" or an aside between items), and translated or idiomatic
career verbs ("sat on the bench of", "worked in Mexico with", "went on to coach", "followed him to",
"at the helm of", "the first coach in the history of"). Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _spells(text: str, coach: str) -> set[str]:
    return {club for c, club, _, event in keys_of(text) if c == coach and event == "in_charge"}


# --- every item of a list keeps the verb -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "As a coach Vicente Ramos led the Sevilla in 2015, the Valencia between 2017 and 2018, "
            "the Bahiaxx in 2019 and the Getafe in 2021.",
            "Vicente Ramos",
            {"Sevilla", "Valencia", "Getafe"},
        ),
        (
            "Before Lyon, Marc Dubois coached Lille in two spells and Rennes, and managed Nice from 2015.",
            "Marc Dubois",
            {"Lille", "Rennes"},
        ),
        (
            "Previously Hugo Lenz had worked with Porto, with whom he won the league in 2019, "
            "and with Braga.",
            "Hugo Lenz",
            {"FC Porto", "Braga"},
        ),
    ],
)
def test_every_listed_club_keeps_the_career_verb(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, coach)


def test_a_place_between_listed_clubs_ends_the_list() -> None:
    # "in <a capitalised word>" between items was tried twice and cost unseen text more than it gained
    spells = _spells("Tomas Berg has also managed Rosenborg in Trondheim and Molde.", "Tomas Berg")
    assert "Rosenborg" in spells
    assert "Molde" not in spells


# --- career verbs: idiomatic and translated -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "In Italy Pietro Galli sat on the benches of Torino and Bologna.",
            "Pietro Galli",
            {"Torino", "Bologna"},
        ),
        ("Karl Vogt sat four seasons on the bench of Freiburg.", "Karl Vogt", {"SC Freiburg"}),
        ("Nenad Lukic went on to coach Austrian club Rapid Vienna.", "Nenad Lukic", {"Rapid Vienna"}),
        ("Diego Suarez worked in Spain with Levante and Osasuna.", "Diego Suarez", {"Levante", "Osasuna"}),
        ("Oscar Ruiz began coaching at Racing Club.", "Oscar Ruiz", {"Racing Club"}),
        (
            "Luca Neri spent his first coaching years as an assistant at Empoli, and had a spell "
            "in charge of Pisa in Serie C.",
            "Luca Neri",
            {"Empoli", "Pisa"},
        ),
        (
            "Ivo Petrov managed Bulgaria between 2015 and 2017 and has been in charge at CSKA Sofia "
            "since 2021.",
            "Ivo Petrov",
            {"Bulgaria", "CSKA Sofia"},
        ),
        (
            "Pablo Lopez left Boca Juniors, whom he had just guided to the title, in May.",
            "Pablo Lopez",
            {"Boca Juniors"},
        ),
        (
            "Gianni Russo won promotion with Lecce, after three seasons at the helm of Bari.",
            "Gianni Russo",
            {"Bari"},
        ),
        (
            "In the MLS, Jorge Vela was the first coach in the history of Austin FC.",
            "Jorge Vela",
            {"Austin FC"},
        ),
    ],
)
def test_career_verbs(text: str, coach: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, coach)


def test_an_assistant_who_followed_his_coach_to_clubs_had_a_spell_at_each() -> None:
    text = (
        "Atalanta have appointed Rui Costa as coach. He arrives with his assistant Pedro Mendes, who "
        "followed him to Benfica, Braga and Porto."
    )
    keys = keys_of(text)
    for club in ("Benfica", "Braga", "FC Porto"):
        assert ("Pedro Mendes", club, "first_team", "in_charge") in keys


# --- what stays out ------------------------------------------------------------------------------------


def test_a_club_beaten_between_listed_clubs_is_no_spell() -> None:
    text = "Marco Bellini sat on the bench of Parma, beating Juventus twice in 2019."
    assert "Juventus" not in _spells(text, "Marco Bellini")


def test_working_with_a_person_names_no_spell() -> None:
    text = "Sergio Conti worked with Carlo Ancelotti at Real Madrid as a player."
    assert not _spells(text, "Sergio Conti") - {"Real Madrid"}


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Karl Mertens managed Ajax, then PSV and later Feyenoord.", {"Ajax", "PSV Eindhoven", "Feyenoord"}),
        ("Karl Mertens coached Ajax for three seasons and PSV.", {"Ajax", "PSV Eindhoven"}),
        ("Karl Mertens has managed in Germany with Mainz and Freiburg.", {"1. FSV Mainz 05", "SC Freiburg"}),
        ("Karl Mertens coached in Italy at Parma and Torino.", {"Parma", "Torino"}),
    ],
)
def test_a_list_goes_on_past_places_adverbs_and_lengths(text: str, clubs: set[str]) -> None:
    assert clubs <= _spells(text, "Karl Mertens")


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Palermo have appointed Bruno Sala as coach. Sala, who took Siena into Serie A two years ago, "
            "starts on Monday.",
            "Siena",
        ),
        (
            "Lens have appointed Remi Garnier. Garnier, who guided Dijon to Ligue 1 in 2016, "
            "signed until 2026.",
            "Dijon FCO",
        ),
    ],
)
def test_a_club_taken_into_a_division_named_by_its_own_name(text: str, club: str) -> None:
    coach = text.split(". ")[1].split(",")[0]
    assert club in {c for who, c, _, event in keys_of(text) if event == "in_charge" and coach in who}


def test_going_on_to_lead_a_club_to_a_title_is_no_coaching_spell_by_itself() -> None:
    # a captain "went on to lead" his club as often as a coach did
    text = "Bolton appointed Tom Reyes as manager on Monday. Reyes went on to lead Wigan to the title."
    assert "Wigan Athletic" not in _spells(text, "Tom Reyes")


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Huesca have named Toni Marin as coach. Marin had a short spell at Oviedo, and before that "
            "had rescued the Celta of Vigo from the descent in 2019.",
            "Toni Marin",
            "Celta Vigo",
        ),
        (
            "Toni Marin, who rescued Cadiz from relegation last season, was named coach of Huesca.",
            "Toni Marin",
            "Cádiz",
        ),
        (
            "Boca have named Jorge Rivas as coach. Rivas, 47, arrived with a big reputation after "
            "winning the league with Lanus in 2018.",
            "Jorge Rivas",
            "Lanús",
        ),
        (
            "Manchester City named Juan Lara as assistant. Lara's two seasons at Al Sadd ended in May.",
            "Juan Lara",
            "Al-Sadd",
        ),
    ],
)
def test_spells_told_by_a_feat_or_their_end(text: str, coach: str, club: str) -> None:
    assert club in _spells(text, coach)


def test_a_player_winning_the_league_is_no_spell_without_coaching() -> None:
    text = "Marco Neri, 30, joined Parma after winning the league with Lazio in 2016."
    assert "Lazio" not in _spells(text, "Marco Neri")


def test_a_player_saving_a_club_from_relegation_is_no_coach() -> None:
    text = "Toni Marin scored twice and saved Cadiz from relegation on the final day."
    assert not _spells(text, "Toni Marin")
