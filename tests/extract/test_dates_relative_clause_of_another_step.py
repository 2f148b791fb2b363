"""A relative clause right after a change's man that tells another step of his (his arrival beside
his sacking, a past spell, his playing days) does not date the change told in the main clause; one
that tells the change itself still does. Short news of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _dates(text: str, event: str, coach: str) -> list[str | None]:
    return [f["date"] for f in facts_of(text, "2024-05-10") if f["event"] == event and coach in f["coach"]]


@pytest.mark.parametrize(
    ("text", "event", "coach", "want"),
    [
        # his arrival told beside today's sacking: the sacking is the news day
        ("Hull City have sacked Jack Mole, who had taken charge in 2022.", "dismissed", "Mole", "2024-05-10"),
        (
            "Hull City have sacked Jack Mole, who had taken charge in 2022 to replace Ben Dale.",
            "dismissed",
            "Mole",
            "2024-05-10",
        ),
        # the arrival itself keeps the aside's year
        ("Hull City have sacked Jack Mole, who had taken charge in 2022.", "appointed", "Mole", "2022-01-01"),
        # his playing days date neither the succession nor his exit
        (
            "Empoli appointed Luca Neri. He succeeds Marco Bassi, who went to Torino as a player in 2005.",
            "appointed",
            "Neri",
            None,
        ),
        (
            "Empoli appointed Luca Neri. He succeeds Marco Bassi, who went to Torino as a player in 2005.",
            "left",
            "Bassi",
            None,
        ),
    ],
)
def test_another_step_in_the_aside_does_not_date_the_change(
    text: str, event: str, coach: str, want: str | None
) -> None:
    assert _dates(text, event, coach) == [want]


@pytest.mark.parametrize(
    ("text", "event", "coach", "want"),
    [
        # near-misses: the aside tells the change itself
        (
            "Fulham have appointed Dan Cole. He replaces Tom Reed, who was sacked in March.",
            "dismissed",
            "Reed",
            "2024-03-01",
        ),
        ("Fulham have appointed Dan Cole, who took charge on Monday.", "appointed", "Cole", "2024-05-06"),
    ],
)
def test_an_aside_telling_the_change_still_dates_it(
    text: str, event: str, coach: str, want: str | None
) -> None:
    got = _dates(text, event, coach)
    assert got and got[0] == want
