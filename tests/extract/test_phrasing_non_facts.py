"""Precision phrasebook: news wordings that tell NO coaching fact (or fewer than a rule reads). A coach
'dismissing speculation', a coach 'naming a squad', a speaker at the end of his own report ('…, manager X
confirmed'), board and ambassador posts, players titled by the position they play now, and a capitalised
preposition opening a sentence ('Against X's C')."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "dismissed speculation / talk / reports": waved away, nobody sacked
        (
            "Zamalek coach Jorge Ruiz has dismissed speculation that he is leaving the club this summer.",
            ("Jorge Ruiz", "Zamalek", "dismissed"),
        ),
        (
            "Thomas Frank dismissed talk of a move to Manchester United, saying he was committed to "
            "Brentford.",
            ("Thomas Frank", "Manchester United", "dismissed"),
        ),
        (
            "Feyenoord boss Arne Slot was quick to dismiss the rumours linking him with Liverpool.",
            ("Arne Slot", "Feyenoord", "dismissed"),
        ),
        (
            "Porto coach Sergio Conceicao fired back at his critics after the defeat to Benfica.",
            ("Sérgio Conceição", "FC Porto", "dismissed"),
        ),
        # the coach picking players: no post given
        (
            "Kenya head coach Engin Firat named a 25-man squad for the friendlies.",
            ("Engin Firat", "Kenya", "appointed"),
        ),
        (
            "Ghana coach Otto Addo has named his starting XI for the qualifier against Mali.",
            ("Otto Addo", "Ghana", "appointed"),
        ),
        # the speaker at the end of his own report
        (
            "Brentford striker Ivan Toney will leave the club in the summer, manager Thomas Frank confirmed.",
            ("Thomas Frank", "Brentford", "appointed"),
        ),
        (
            "The deal is done, Arsenal manager Mikel Arteta announced on Friday.",
            ("Mikel Arteta", "Arsenal", "appointed"),
        ),
        # a board, delegation or ambassador post is no coaching post
        (
            "Gianluigi Buffon, the former Juventus goalkeeper, has been appointed head of delegation for the "
            "Italy national team.",
            ("Gianluigi Buffon", "Italy", "appointed"),
        ),
        (
            "Former Chelsea striker Didier Drogba has been named club ambassador by Chelsea.",
            ("Didier Drogba", "Chelsea", "appointed"),
        ),
        (
            "Paolo Maldini, the former Milan defender, was appointed technical director of AC Milan in 2019.",
            ("Paolo Maldini", "AC Milan", "appointed"),
        ),
    ],
)
def test_no_fact_told(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in events_of(text)


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        ("Crystal Palace goalkeeper Sam Johnstone has joined Wolves on a permanent deal.", "Sam Johnstone"),
        (
            "Paris Saint-Germain striker Kylian Mbappe has told the club he will leave in the summer.",
            "Kylian Mbappe",
        ),
        ("Juventus striker Dusan Vlahovic has signed a new contract until 2028.", "Dusan Vlahovic"),
        (
            "Gabriel Martinelli, the Arsenal winger, has extended his deal with the club.",
            "Gabriel Martinelli",
        ),
        ("Ajax midfielder Kenneth Taylor has left the club to join Aston Villa.", "Kenneth Taylor"),
    ],
)
def test_player_titled_by_position_has_no_facts(text: str, coach: str) -> None:
    assert not {e for e in events_of(text) if e[0] == coach}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past playing career is no bar to a coaching fact
        (
            "Former Chelsea striker Didier Drogba has been appointed head coach of Phoenix Rising.",
            ("Didier Drogba", "Phoenix Rising FC", "appointed"),
        ),
        (
            "Roberto Martinez, a midfielder in his playing days, was appointed Portugal coach in "
            "January 2023.",
            ("Roberto Martinez", "Portugal", "appointed"),
        ),
        (
            "Independiente have sacked Pablo Ruiz. Ruiz, a historic full-back of the club, had taken charge "
            "in 2021.",
            ("Pablo Ruiz", "Independiente", "dismissed"),
        ),
        # real sackings and confirmations still read
        ("Chelsea dismissed Graham Potter on Sunday.", ("Graham Potter", "Chelsea", "dismissed")),
        (
            "Thomas Frank confirmed as Brentford manager on Friday.",
            ("Thomas Frank", "Brentford", "appointed"),
        ),
        ("Thomas Tuchel was named the new England manager.", ("Thomas Tuchel", "England", "appointed")),
    ],
)
def test_still_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events_of(text)


def test_opening_preposition_is_no_part_of_the_name() -> None:
    text = "Against Jurgen Klopp's Liverpool, Sean Dyche's Everton defended deep for 90 minutes."
    assert ("Jürgen Klopp", "Liverpool", "in_charge") in events_of(text)
    assert not {e for e in events_of(text) if e[0].startswith("Against")}


def test_day_between_auxiliary_and_participle() -> None:
    text = (
        "Rangers striker Ianis Hagi scored twice. Philippe Clement was on Monday named the new manager "
        "of Rangers."
    )
    assert ("Philippe Clement", "Rangers", "appointed") in events_of(text)


def test_first_game_is_no_second_appointment() -> None:
    text = (
        "Italy Under-21 coach Marco Bruni was on Friday named caretaker coach of the senior national "
        "team. "
        "The 52-year-old will take charge of the Azzurri against Wales on March 22. He will name his "
        "squad in mid-March."
    )
    facts = facts_of(text, "2018-02-05")
    senior = [f for f in facts if f["coach"] == "Marco Bruni" and f["squad"] == "national"]
    assert [f["event"] for f in senior] == ["appointed"]


def test_mens_team_sentence_in_a_womens_story() -> None:
    text = (
        "Sara Lotti was on Thursday named as coach of the Italy women's national team. Her appointment "
        "comes ten days after Paolo Greco was named coach of the men's team to replace Dino Falco, "
        "who resigned on August 20."
    )
    keys = keys_of(text, "2023-09-06")
    assert ("Sara Lotti", "Italy", "national_women", "appointed") in keys
    assert ("Dino Falco", "Italy", "national", "resigned") in keys
    assert ("Dino Falco", "Italy", "national_women", "resigned") not in keys
