"""A date inside an apposition's relative clause ('X, the man who led them up in 2021, walked out for
C in November 2021') is the aside's, not the main clause's change; aides leaving 'also' with no date
of their own take the latest change of their kind told nearest before ('sacked Garcia on Tuesday and
brought back Calleja, whom the club dismissed on 10 December. His assistants also leave': Tuesday).
Short news of our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of

from pipeline.extract.dates import DateMention
from pipeline.extract.facts import Fact
from pipeline.extract.postprocess import staff_dates


def _date_of(text: str, event: str, coach: str, club: str, published: str = "2024-03-14") -> tuple:
    got = [
        f
        for f in facts_of(text, published)
        if (f["event"], f["club"]) == (event, club) and coach in f["coach"]
    ]
    assert got, (text, event)
    return got[0]["date"], got[0]["date_precision"]


@pytest.mark.parametrize(
    ("text", "event", "want"),
    [
        (
            "Dave Moore, the man who led Hartlepool to promotion at Wembley in 2021, walked out for Fulham "
            "in November 2021.",
            "appointed",
            ("2021-11-01", "month"),
        ),
        (
            "Dave Moore, a coach who won the league with Molde in 2019, was appointed by Fulham in "
            "March 2022.",
            "appointed",
            ("2022-03-01", "month"),
        ),
        (
            "Dave Moore, the young Dane who took Getafe up in 2017, was sacked by Fulham in October 2023.",
            "dismissed",
            ("2023-10-01", "month"),
        ),
    ],
)
def test_an_appositions_date_is_not_the_main_clauses(text: str, event: str, want: tuple) -> None:
    assert _date_of(text, event, "Moore", "Fulham") == want


def test_a_spell_told_in_its_own_of_which_clause_keeps_its_date() -> None:
    text = (
        "Stephen Cole has had two spells with Oman, the second of which lasted from 2016 to 2020 and "
        "finished after the Gulf Cup, and has also coached the national teams of Yemen and Sudan."
    )
    assert _date_of(text, "in_charge", "Cole", "Oman") == ("2016-01-01", "year")


def _change(coach: str, event: str, sentence: int, day: date | None, role: str = "head_coach") -> Fact:
    told = DateMention(0, 1, day, "day", "point") if day else None
    return Fact(coach, "Villarreal", "first_team", role, event, 0.9, sentence, 0, date=told)


@pytest.mark.parametrize("aide_event", ["left", "appointed"])
def test_aides_leaving_too_take_the_latest_change_of_their_kind(aide_event: str) -> None:
    """'… entrust the team to Calleja, whom the club dismissed on 10 December, and part with Garcia on
    Tuesday. His assistants also leave': Tuesday's departure, not December's; arriving aides take the
    arrival's day."""
    facts = [
        _change("Javi Calleja", "dismissed", 0, date(2018, 12, 10)),
        _change("Luis Garcia", "dismissed", 0, date(2019, 1, 29)),
        _change("Javi Calleja", "appointed", 0, date(2019, 1, 28)),
        _change("Pedro Ros", aide_event, 1, None, "assistant_coach"),
    ]
    staff_dates(facts)
    want = date(2019, 1, 29) if aide_event == "left" else date(2019, 1, 28)
    assert facts[-1].date.value == want
