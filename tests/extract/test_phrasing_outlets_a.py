"""Phrasings of real-outlet styles (obituaries, wire copy, club statements, women's football
sites): places and competitions that are not people, … (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "place",
    [
        "Born in Kalmar, in Småland, he",
        "Raised near Tromsø, he",
        "After a long career spent in Asia, he",
        "The first man from outside the British Isles to win the title, he",
    ],
)
def test_a_place_before_the_pronoun_is_not_its_antecedent(place: str) -> None:
    keys = keys_of(
        "Tord Lindqvist, who has died aged 81, was one of Sweden's most respected coaches. "
        f"{place} was sacked by Malmö FF in 1991."
    )
    assert ("Tord Lindqvist", "Malmö FF", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    "thing",
    ["the Coppa Italia", "the Supporters' Shield", "the Eastern Conference title", "the Taça Portugal"],
)
def test_a_competition_is_not_a_person(thing: str) -> None:
    keys = keys_of(
        f"Marco Benassi was dismissed by Sampdoria on Monday. He had won {thing} in 2019 before he was "
        "sacked by Parma in 2021."
    )
    assert ("Marco Benassi", "Parma", "first_team", "dismissed") in keys


def test_a_committee_is_not_a_person() -> None:
    keys = keys_of(
        "The appointment was recommended by the Technical and Development Sub-Committee. "
        "Ibrahim Sesay was sacked by Mali in June."
    )
    assert not any("Committee" in k[0] for k in keys)
    assert ("Ibrahim Sesay", "Mali", "national", "dismissed") in keys


def test_a_known_name_after_in_stays_a_person() -> None:
    keys = keys_of(
        "Jürgen Klopp left Liverpool in 2024. It was in Klopp's first season that Liverpool "
        "reached the final."
    )
    assert ("Jürgen Klopp", "Liverpool", "first_team", "left") in keys


@pytest.mark.parametrize(
    "aside",
    [
        "with B team boss Colin Reid taking over first-team affairs on an interim basis",
        "with under-21 coach Colin Reid stepping up for the rest of the season",
        "and academy manager Colin Reid will take the team on Saturday",
    ],
)
def test_another_mans_squad_is_not_the_sacked_coachs(aside: str) -> None:
    keys = keys_of(
        "Kilmarnock have sacked head coach Derek Wallace. The club confirmed on Sunday that Wallace and "
        f"his assistant Tom Boyle had been relieved of their duties, {aside}. Wallace was appointed in "
        "October."
    )
    assert ("Tom Boyle", "Kilmarnock", "first_team", "dismissed") in keys
    assert ("Derek Wallace", "Kilmarnock", "first_team", "dismissed") in keys
    assert not any(k[0] == "Derek Wallace" and k[2] != "first_team" for k in keys)


@pytest.mark.parametrize(
    "opening",
    [
        "Brentford's Thomas Frank was also on the shortlist, but the London club refused to let him go.",
        "Brentford head coach Thomas Frank was also considered, but he signed a new deal.",
        "Brentford boss Thomas Frank was another name on the list.",
    ],
)
def test_a_club_naming_who_a_candidate_is_does_not_turn_the_story(opening: str) -> None:
    keys = keys_of(
        "Burnley are set to appoint Scott Parker as their new manager. "
        f"{opening} "
        "Craig Bellamy has been in interim charge for the past four matches."
    )
    assert ("Craig Bellamy", "Burnley", "first_team", "in_charge") in keys
    assert not any(k[0] == "Craig Bellamy" and k[1] == "Brentford" for k in keys)


@pytest.mark.parametrize(
    "middle",
    [
        "after Lisa Grant was fired",
        "when Lisa Grant was sacked",
        "once Lisa Grant had left for Chelsea",
    ],
)
def test_and_was_named_belongs_to_the_main_clause_subject(middle: str) -> None:
    keys = keys_of(
        f"Kim Morris had been elevated to interim head coach of Seattle Reign in May 2022 {middle}, "
        "and was named head coach on a permanent basis before the 2023 campaign."
    )
    morris = {k[1] for k in keys if k[0] == "Kim Morris" and k[3] == "appointed"}
    assert morris
    assert not any(k[0] == "Lisa Grant" and k[3] == "appointed" and k[1] in morris for k in keys)
