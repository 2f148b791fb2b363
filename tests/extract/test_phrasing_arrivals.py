"""Appointments and departures told in passing, written for these tests in our own words: a story
about a sacking or a later move recalls how the coach came ('X, appointed in May after Y quit, …',
'he had only arrived in March, succeeding Y', 'took over at the start of the year after Y left'),
who went then, and later steps ('was caretaker after Y was sacked', 'handed him the top job')."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_SACKED = "Brentford have sacked Erik Lund. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside telling the arrival: "X, appointed/arrived in <when> (after …), …"
        (
            _SACKED + "Lund, appointed in May after Tomas Berg quit, lasts just four months.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        (
            _SACKED + "Lund, arrived in the summer of 2022, has won two of his last ten games.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        # "had (only) arrived in <when>, succeeding Y" / "to replace the sacked Y" / "as successor to Y"
        (
            _SACKED + "Lund had only arrived in March, succeeding Tomas Berg.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        (
            _SACKED + "Lund came in last summer to replace the sacked Tomas Berg.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        (
            _SACKED + "Lund had arrived in October 2023 as successor to Tomas Berg.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        (
            _SACKED + "Lund had assumed the team in February, in substitution of Tomas Berg.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        (
            _SACKED + "Lund had assumed the team in February, in substitution of Tomas Berg.",
            ("Tomas Berg", "Brentford", "first_team", "left"),
        ),
        (
            _SACKED + "Lund had been brought in to replace Tomas Berg in September.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        # the predecessor who went: "took over … after Y left (in December)", "after Y, and …"
        (
            _SACKED + "Lund took over at the start of the year after Tomas Berg left in December for family "
            "reasons.",
            ("Tomas Berg", "Brentford", "first_team", "left"),
        ),
        (
            _SACKED + "The Dane stepped up in June, when Tomas Berg departed after six years.",
            ("Tomas Berg", "Brentford", "first_team", "left"),
        ),
        (
            _SACKED + "Lund took over the side in the summer of 2022 after Tomas Berg, and won the cup.",
            ("Tomas Berg", "Brentford", "first_team", "left"),
        ),
        # the assistant who stepped up
        (
            _SACKED + "Lund, 41, had spent five years as Tomas Berg's number two before stepping up in June.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        # a caretaker later given the job
        (
            _SACKED + "Lund was caretaker after Tomas Berg was fired in January 2023.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        (
            _SACKED + "Lund was interim boss after Tomas Berg was fired and was later handed the job "
            "permanently.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
        # the club's double object: "handed him the top job"
        (
            "Fulham have sacked Erik Lund. Fulham brought Lund in as Tomas Berg's assistant in March and "
            "gave him the top job when Berg was sacked in May.",
            ("Erik Lund", "Fulham", "first_team", "appointed"),
        ),
        # "brought back" / "recalled" a former coach
        (
            "Fulham have sacked Tomas Berg and brought back Erik Lund as coach.",
            ("Erik Lund", "Fulham", "first_team", "appointed"),
        ),
        # "when he returned to lead C", "arrived at C in <when> from D"
        (
            "Erik Lund was told he was leaving, ending a spell in charge that started in March 2020, when he "
            "returned to lead Fulham back to the top flight.",
            ("Erik Lund", "Fulham", "first_team", "appointed"),
        ),
        (
            "Brentford have sacked head coach Erik Lund. He arrived at Brentford in the summer of 2023 from "
            "Fulham.",
            ("Erik Lund", "Brentford", "first_team", "appointed"),
        ),
    ],
)
def test_arrival_told_in_passing(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_aside_arrival_is_dated_from_its_clause() -> None:
    facts = facts_of(
        _SACKED + "Lund, appointed in September after Tomas Berg resigned, leaves after five months."
    )
    [arrival] = [f for f in facts if f["coach"] == "Erik Lund" and f["event"] == "appointed"]
    assert arrival["date"].startswith("2023-09")


def test_assistant_brought_in_then_promoted_gives_two_posts() -> None:
    facts = facts_of(
        "Fulham have sacked Erik Lund. Fulham brought Lund in as Tomas Berg's assistant in March and "
        "handed him the top job when Berg was sacked in May."
    )
    roles = {f["role"] for f in facts if f["coach"] == "Erik Lund" and f["event"] == "appointed"}
    assert roles == {"assistant_coach", "head_coach"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # "reappointed … for a second spell after Y was sacked"
        (
            _SACKED + "Lund was reappointed in October 2022 for a second spell after Tomas Berg was sacked.",
            "head_coach",
        ),
        # "later handed the job permanently", "appointed permanently"
        (
            _SACKED
            + "Lund was interim boss after Tomas Berg was fired and was later handed the job permanently.",
            "head_coach",
        ),
        (
            _SACKED + "Lund took temporary charge in April and was appointed permanently in June.",
            "head_coach",
        ),
        # an emphatic "himself" is the subject again: "X had himself first taken interim charge"
        (
            _SACKED + "Lund had himself first taken interim charge when Tomas Berg was sacked in April 2023.",
            "caretaker",
        ),
        (_SACKED + "Lund himself had only arrived in November, succeeding Tomas Berg.", "head_coach"),
    ],
)
def test_later_and_emphatic_arrivals(text: str, role: str) -> None:
    assert any(
        (f["coach"], f["club"], f["event"], f["role"]) == ("Erik Lund", "Brentford", "appointed", role)
        for f in facts_of(text)
    )


def test_interim_then_permanent_gives_both_appointments() -> None:
    facts = facts_of(
        _SACKED
        + "Lund had himself first stepped in as interim boss when Tomas Berg was dismissed in May 2022, "
        "before he was given the job on a permanent basis that June."
    )
    roles = {f["role"] for f in facts if f["coach"] == "Erik Lund" and f["event"] == "appointed"}
    assert roles == {"caretaker", "head_coach"}


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a player recalled to the squad is no coach's appointment
        (
            "England manager Tomas Berg has recalled Erik Lund to the squad for the qualifiers.",
            ("Erik Lund", "England", "national", "appointed"),
        ),
        # "after Y left Fulham": that departure is Fulham's, not the club in view's
        (
            "Brentford have appointed Erik Lund. Lund arrived after Tomas Berg left Fulham.",
            ("Tomas Berg", "Brentford", "first_team", "left"),
        ),
        # "after Y was sacked": a sacking, not a mere departure
        (
            _SACKED + "Lund took over after Tomas Berg, who was sacked in May.",
            ("Tomas Berg", "Brentford", "first_team", "left"),
        ),
        # "named in" a team is not an arrival
        (
            "Erik Lund, named in the squad in March, has not played.",
            ("Erik Lund", None, "first_team", "appointed"),
        ),
    ],
)
def test_not_an_arrival(text: str, unexpected: tuple[str, str | None, str, str]) -> None:
    assert unexpected not in keys_of(text)
