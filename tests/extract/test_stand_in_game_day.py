"""The day of the one game or session a stand-in led ("X, who took the side for Saturday's defeat,
returns to the academy"; "Y led training on Monday"; a month's game, "in February's friendly"), and a
game's day in the lead that is not the day of the news (sentences of our own; the article is dated
Tuesday 12 March 2024)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Rochdale have named Owen Pryce as their new manager. "
_ACADEMY = "Under-18 boss Lewis Crane, who took the team for Saturday's cup defeat, returns to the academy."


def _stand_in_dates(text: str, coach: str) -> set[str | None]:
    return {
        f["date"]
        for f in facts_of(text)
        if f["coach"] == coach and f["event"] == "in_charge" and f["role"] == "caretaker"
    }


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            _LEAD + "First-team coach Lewis Crane, who led the team in Saturday's draw at Crewe, stays on.",
            "2024-03-09",
        ),
        (
            _LEAD + _ACADEMY,
            "2024-03-09",
        ),
        (
            _LEAD + "Youth coach Lewis Crane took Monday's session and goes back to the under-18s.",
            "2024-03-11",
        ),
        (
            _LEAD + "Youth coach Lewis Crane led training on Monday and goes back to the under-18s.",
            "2024-03-11",
        ),
        (
            _LEAD + "Lewis Crane, who took the side in the interim on Saturday, stays on the staff.",
            "2024-03-09",
        ),
        (
            _LEAD
            + "Lewis Crane, who led the team in February's friendly as interim coach, returns to his post.",
            "2024-02-01",
        ),
    ],
)
def test_the_game_a_stand_in_led_dates_his_spell(text: str, day: str) -> None:
    assert _stand_in_dates(text, "Lewis Crane") == {day}


@pytest.mark.parametrize(
    "text",
    [
        # the day is a game he played in, not one he led
        _LEAD + "Lewis Crane, the club captain, scored in Saturday's draw and led the celebrations.",
        # a stand-in told with no game of his own
        _LEAD + "First-team coach Lewis Crane, who led the team in the interim, stays on.",
        # the day is another clause's, not his session's
        _LEAD + "Youth coach Lewis Crane led training, and on Monday the board met the new man.",
    ],
)
def test_no_game_day_without_a_game_he_led(text: str) -> None:
    assert not _stand_in_dates(text, "Lewis Crane") - {None}


def test_a_game_day_in_the_lead_is_not_the_day_of_the_news() -> None:
    text = _LEAD + "Under-23 coach Lewis Crane had taken charge for Saturday's game at Crewe."
    appointed = [f for f in facts_of(text) if f["coach"] == "Owen Pryce" and f["event"] == "appointed"]
    assert [f["date"] for f in appointed] == ["2024-03-12"]
