"""Time spent at a club told with "the last" or "the first" before the count ("spent the last two seasons
with C"), after a first clause of the same subject ("started out at A and spent eight years in charge of his
boyhood club B"), or running the club: a spell there, like "spent two seasons with C". Sentences of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hamilton Academical have appointed Gary Lennox as manager. "


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Lennox spent the last three seasons with Queen of the South and left in May.",
            "Queen of the South",
        ),
        ("Lennox had spent the past two seasons at Falkirk.", "Falkirk"),
        (
            "Lennox started out at Stenhousemuir and spent six years in charge of his old club Falkirk.",
            "Falkirk",
        ),
        ("Lennox spent four years running Falkirk.", "Falkirk"),
    ],
)
def test_time_spent_at_a_club_is_a_spell(text: str, club: str) -> None:
    assert ("Gary Lennox", club, "first_team", "in_charge") in keys_of(_NEWS + text)


@pytest.mark.parametrize(
    "text",
    [
        "Lennox spent the summer with Falkirk on a trial.",
        "Lennox spent his entire playing career at Falkirk.",
    ],
)
def test_no_spell_without_seasons_spent(text: str) -> None:
    assert not any(k[1] == "Falkirk" for k in keys_of(_NEWS + text))
