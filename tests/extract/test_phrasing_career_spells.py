"""Past coaching spells told in career sentences, written for these tests in our own words:
'the national teams of A and B', 'and led C to the title', 'C, whom he took to …', 'in charge on an
interim basis since …', 'was champion with C', 'the team was guided by X' — and a player's career,
which is not a coaching spell."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Hull City have appointed Tomas Wendt as manager. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a squad item with several owners: "the national teams of A and B"
        (
            _HIRED + "Wendt previously coached the national teams of Ghana and Mali.",
            {
                ("Tomas Wendt", "Ghana", "national", "in_charge"),
                ("Tomas Wendt", "Mali", "national", "in_charge"),
            },
        ),
        (
            _HIRED + "He has also managed Osasuna, Getafe and the national sides of Peru and Chile.",
            {
                ("Tomas Wendt", "Getafe", "first_team", "in_charge"),
                ("Tomas Wendt", "Peru", "national", "in_charge"),
                ("Tomas Wendt", "Chile", "national", "in_charge"),
            },
        ),
        (
            _HIRED + "He had earlier coached the youth teams of Ajax and PSV Eindhoven.",
            {
                ("Tomas Wendt", "Ajax", "youth", "in_charge"),
                ("Tomas Wendt", "PSV Eindhoven", "youth", "in_charge"),
            },
        ),
        # "(and) led / took / guided C (C's squad) to the title / second place / the quarter-finals"
        (
            _HIRED
            + "Wendt won the cup with Sivasspor in 2015 and led Konyaspor to the league title in 2018.",
            {("Tomas Wendt", "Konyaspor", "first_team", "in_charge")},
        ),
        (
            _HIRED
            + "Wendt replaced Jim Bell at Hibs in 2016 and later took Hibs to second place in the league.",
            # the achievement after the arrival is the appointment's own spell
            {("Tomas Wendt", "Hibernian", "first_team", "appointed")},
        ),
        (
            _HIRED
            + "He had coached the national teams of Ghana and Mali and guided Al Ahly to the play-offs.",
            {("Tomas Wendt", "Al Ahly", "first_team", "in_charge")},
        ),
        (
            "Japan have appointed Tomas Wendt as coach. Wendt led Japan's under-23 side to third place at "
            "the Asian Games.",
            {("Tomas Wendt", "Japan", "national_u23", "in_charge")},
        ),
        # a clause hung on the club: "whom he took to …", "where he had two spells", "with whom he won …"
        (
            _HIRED + "He made his name at Lecce, whom he steered into the top half of Serie A.",
            {("Tomas Wendt", "Lecce", "first_team", "in_charge")},
        ),
        (
            _HIRED + "Wendt returns to England after Ajax, where he had two separate spells, and Sassuolo.",
            {("Tomas Wendt", "Ajax", "first_team", "in_charge")},
        ),
        (
            _HIRED + "Wendt arrives from Lorient, where he finished seventh in his first season in charge.",
            {("Tomas Wendt", "FC Lorient", "first_team", "in_charge")},
        ),
        (
            _HIRED + "His best years were at Sampdoria, with whom he lifted the Coppa Italia in 1994.",
            {("Tomas Wendt", "Sampdoria", "first_team", "in_charge")},
        ),
        (
            _HIRED + "Wendt came close at Osasuna, the club which he coached for three seasons.",
            {("Tomas Wendt", "Osasuna", "first_team", "in_charge")},
        ),
        # "in charge (of the team) on an interim basis since …": a caretaker's spell at the club in view
        (
            "Zamalek sacked Jose Gomes in April. Tarek Saleh has been in charge on an interim basis since "
            "Gomes's exit.",
            {("Tarek Saleh", "Zamalek", "first_team", "in_charge")},
        ),
        (
            "Nigeria sacked Finidi George. Ola Ade has been in charge of the team on a temporary basis since "
            "September.",
            {("Ola Ade", "Nigeria", "national", "in_charge")},
        ),
        # "the team was guided (formally) by X", "the side has since been led by X"
        (
            "Palermo sacked Marco Rossi in May. In the meantime the team was guided formally by Ugo Bassi.",
            {("Ugo Bassi", "Palermo", "first_team", "in_charge")},
        ),
        (
            "Feyenoord sacked Brian Priske in February. Since then the side has been led by Ugo Bassi.",
            {("Ugo Bassi", "Feyenoord", "first_team", "in_charge")},
        ),
        # the country the earlier items were in, between two items of the list
        (
            _HIRED + "He has coached Reggiana and Perugia in Italy and Orlando City in the United States.",
            {
                ("Tomas Wendt", "Reggiana", "first_team", "in_charge"),
                ("Tomas Wendt", "Perugia", "first_team", "in_charge"),
                ("Tomas Wendt", "Orlando City", "first_team", "in_charge"),
            },
        ),
        (
            _HIRED + "Wendt managed Aarhus in Denmark, Rosenborg in Norway and Malmö in Sweden.",
            {
                ("Tomas Wendt", "AGF", "first_team", "in_charge"),
                ("Tomas Wendt", "Rosenborg", "first_team", "in_charge"),
                ("Tomas Wendt", "Malmö FF", "first_team", "in_charge"),
            },
        ),
    ],
)
def test_career_spell_found(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= keys_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "C and the national teams of …": C's own first team, not a national side
        (
            _HIRED + "He has also managed Getafe and the national teams of Peru and Chile.",
            ("Tomas Wendt", "Getafe", "national", "in_charge"),
        ),
        # a city after "in" is no gap in the list: what follows it is not one of his clubs
        (
            _HIRED + "He coached Reggiana in Milan and Inter beat them twice.",
            ("Tomas Wendt", "Inter Milan", "first_team", "in_charge"),
        ),
        # a player's career: "led C to the title as a player", or a player never shown coaching
        (
            _HIRED + "Wendt played for Hibs and led Celtic to the title as a player in 2009.",
            ("Tomas Wendt", "Celtic", "first_team", "in_charge"),
        ),
        (
            "Hull City have appointed Tomas Wendt as manager. Striker Ivo Lentz scored twice and led Hibs to "
            "the title.",
            ("Ivo Lentz", "Hibernian", "first_team", "in_charge"),
        ),
        # the subject of the coordinated verb is the sentence's, not the object of the first verb
        (
            _HIRED
            + "Wendt replaced Jim Bell at Hibs in 2016 and later took Hibs to second place in the league.",
            ("Jim Bell", "Hibernian", "first_team", "in_charge"),
        ),
        # a player's career hung on the club, and a country where he won the league with another club
        (
            _HIRED + "Wendt began at Lecce, with whom he won the Serie B title as a player.",
            ("Tomas Wendt", "Lecce", "first_team", "in_charge"),
        ),
        (
            _HIRED + "He grew up at Lecce, where he played for ten years.",
            ("Tomas Wendt", "Lecce", "first_team", "in_charge"),
        ),
        (
            _HIRED + "His travels took him to Peru, where he won the league title with Alianza Lima in 2021.",
            ("Tomas Wendt", "Peru", "national", "in_charge"),
        ),
    ],
)
def test_career_spell_not_found(text: str, absent: tuple[str, str, str, str]) -> None:
    assert absent not in keys_of(text)


def test_spells_after_previously_coaching_and_staying_in_charge() -> None:
    keys = keys_of(
        "Real Madrid have announced that Alberto Toril will not continue. Toril took charge of the first "
        "team in 2021 after previously coaching Getafe and Rayo Vallecano."
    )
    assert {
        ("Alberto Toril", "Getafe", "first_team", "in_charge"),
        ("Alberto Toril", "Rayo Vallecano", "first_team", "in_charge"),
    } <= keys
    keys = keys_of(
        "Atletico Madrid B have confirmed Fernando Torres will remain in charge for another season."
    )
    assert ("Fernando Torres", "Atlético Madrid", "reserve", "in_charge") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Daniel Farke, who took Norwich up twice, praised his players.",
        "Farke guided Norwich up as champions.",
    ],
)
def test_promotion_told_by_up(sentence: str) -> None:
    keys = keys_of("Leeds United have appointed Daniel Farke as manager. " + sentence)
    assert ("Daniel Farke", "Norwich City", "first_team", "in_charge") in keys
