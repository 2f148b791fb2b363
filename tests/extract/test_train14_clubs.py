"""Clubs of the national-team and career stories of extract_train14's kind: the federation that
appoints a coach of 'the men's national team' names the country; career sentences, round-ups and
descriptors keep each fact at its own club."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Romanian Football Federation on Friday appointed Marius Lazar as head coach of the men's "
            "national team. Lazar leaves Rapid Bucharest, who are second in the league. Rapid Bucharest "
            "said his assistant will lead the team for now.",
            ("Marius Lazar", "Romania", "national", "appointed"),
        ),
        (
            "The Football Federation of Slovenia has named Marko Kos head coach of the national team, the "
            "federation said on Monday. Kos spent three years at Maribor. Maribor finished second.",
            ("Marko Kos", "Slovenia", "national", "appointed"),
        ),
        (
            "The Greek Football Federation confirmed that Italian Paolo Conti will be the new coach of the "
            "national football team. Conti had led Italy's under-21 side until last summer.",
            ("Paolo Conti", "Greece", "national", "appointed"),
        ),
    ],
)
def test_a_federation_names_the_country_of_the_national_team_it_appoints_to(text: str, fact: tuple) -> None:
    assert fact in keys_of(text)


def test_the_federation_country_is_not_the_club_the_coach_leaves() -> None:
    keys = keys_of(
        "The Romanian Football Federation on Friday appointed Marius Lazar as head coach of the men's "
        "national team. Lazar leaves Rapid Bucharest, who are top of the league."
    )
    assert ("Marius Lazar", "Rapid Bucharest", "national", "appointed") not in keys
    assert ("Marius Lazar", "Rapid Bucharest", "first_team", "appointed") not in keys
    assert ("Marius Lazar", "Rapid Bucharest", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        # two federations: which one's team is unclear
        "The Romanian Football Federation and the Hungarian Football Federation agreed that Marius Lazar "
        "would lead the national team in the friendly.",
        # the sentence names another country's team itself
        "The Romanian Football Federation said Marius Lazar, who coached Moldova, would not be named "
        "coach of the national team.",
    ],
)
def test_no_federation_country_when_the_sentence_is_unclear(text: str) -> None:
    assert not any(k[1] == "Romania" and k[3] == "appointed" for k in keys_of(text))


LEAD = "Brentwick Town have appointed Tom Reid as head coach. "


def _spells(text: str) -> set[str]:
    return {k[1] for k in keys_of(LEAD + text) if k[0] == "Tom Reid" and k[3] == "in_charge"}


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        (
            "Reid, who before had worked in Real Betis, Getafe and Deportivo La Coruna, signed.",
            {"Real Betis", "Getafe", "Deportivo de La Coruña"},
        ),
        ("In Italy Reid has worked in Torino and Modena.", {"Torino", "Modena"}),
        (
            "Reid won the league with Hibernian, and before that worked at Motherwell and Kilmarnock.",
            {"Motherwell", "Kilmarnock"},
        ),
        (
            "Reid, who had previously worked at Motherwell, Kilmarnock and Hibernian, replaces Y.",
            {"Motherwell", "Kilmarnock", "Hibernian"},
        ),
    ],
)
def test_worked_in_or_at_a_list_of_clubs_gives_each_spell(sentence: str, clubs: set[str]) -> None:
    assert clubs <= _spells(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reid has worked in Spain and Portugal.",  # countries: places, not national teams
        "Reid, who had worked in Spain and Italy, signed for two years.",
    ],
)
def test_worked_in_a_country_is_no_national_team(sentence: str) -> None:
    assert not {"Spain", "Portugal", "Italy"} & _spells(sentence)


def test_one_club_worked_at_in_an_aside_is_no_head_coach_spell() -> None:
    # "who also worked at C": any post on the staff
    text = "Former assistant Steve Hall, who also worked at Chelsea, will stay on as Reid's number two."
    assert not any(k[0] == "Steve Hall" and k[1] == "Chelsea" for k in keys_of(LEAD + text))


@pytest.mark.parametrize(
    "lead",
    [
        "Hansa Rostock and head coach Lars Weber will continue together: the 41-year-old has extended his "
        "contract until 2027, the club announced on Wednesday.",
        "Hansa Rostock and their coach Lars Weber have agreed a new deal: the 41-year-old has extended his "
        "contract until 2027.",
    ],
)
def test_a_club_and_its_coach_as_the_lead_subject_make_the_story_club(lead: str) -> None:
    text = (
        lead + " Weber came in 2023 from SC Verl. In his second season he led the team to promotion. His "
        "assistant Tim Berg has also signed a new contract. SC Verl, now coached by Tom Ende, congratulated "
        "their former coach."
    )
    keys = keys_of(text)
    assert ("Lars Weber", "Hansa Rostock", "first_team", "extended") in keys
    assert ("Tim Berg", "Hansa Rostock", "first_team", "extended") in keys
    assert not any(k[1] == "SC Verl" and k[3] == "extended" for k in keys)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Eight months ago Everton dismissed Frank Lampard and replaced him with Sean Dyche.",
            ("Sean Dyche", "Everton", "first_team", "appointed"),
        ),
        (
            "Marco Brandt was named as Farke's successor in May, seven months after VfL Wolfsburg "
            "sacked him in October and replaced him with Leo Hartmann.",
            ("Leo Hartmann", "VfL Wolfsburg", "first_team", "appointed"),
        ),
    ],
)
def test_the_club_that_sacked_a_man_is_where_it_replaced_him(sentence: str, fact: tuple) -> None:
    keys = keys_of("Leeds United have appointed Daniel Farke. " + sentence)
    assert fact in keys
    assert (fact[0], "Leeds United", "first_team", "appointed") not in keys
