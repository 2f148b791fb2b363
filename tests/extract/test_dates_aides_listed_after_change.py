"""News copy tells a coaching change first and lists the new staff a few sentences later ('X will
bring his long-time assistant Y', 'Y will assist X'): an aide's change with no date of its own takes
the day of the change at his club told anywhere before it. An aide's change told as earlier than the
news ('had been appointed') stays undated, and so does a spell of his told in passing."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

PUBLISHED = "2024-03-13"
LEAD = "Hull City have appointed Tomas Brennik as their new head coach, the club announced on Monday. "
# two sentences of background between the change and the staff it brings
BACKGROUND = (
    "The 48-year-old won the league title with Sturm Graz in 2019 and reached a cup final two years later. "
    "He has been out of work since leaving Austria last spring. "
)


def _dates_of(text: str, coach: str, event: str) -> list[str | None]:
    return [f["date"] for f in facts_of(text, PUBLISHED) if f["coach"] == coach and f["event"] == event]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brennik will bring his long-time assistant Owen Clarke.",
        "Brennik will be assisted by Owen Clarke, while goalkeeping coach Ray Hinds stays on.",
    ],
)
def test_an_aide_listed_after_the_change_takes_its_day(sentence: str) -> None:
    assert _dates_of(LEAD + BACKGROUND + sentence, "Owen Clarke", "appointed") == ["2024-03-11"]


def test_an_aide_appointed_earlier_than_the_news_stays_undated() -> None:
    text = (
        LEAD + BACKGROUND + "Owen Clarke had been appointed assistant coach of Hull City before the season."
    )
    assert _dates_of(text, "Owen Clarke", "appointed") == [None]


def test_an_aides_past_spell_stays_undated() -> None:
    text = LEAD + BACKGROUND + "Owen Clarke worked as assistant coach at Sturm Graz."
    assert _dates_of(text, "Owen Clarke", "in_charge") in ([], [None])


def test_a_leaving_aide_takes_his_bosss_exit_not_a_later_arrival() -> None:
    # (the stand-in's arrival, told between the exit and the aides, has a later day of its own)
    text = (
        "Hull City parted company with Tomas Brennik on Monday after a run of seven defeats. "
        "Under-21 coach Owen Clarke was named caretaker on Wednesday. "
        "Brennik's assistants Ray Hinds and Sol Pettit also leave."
    )
    assert _dates_of(text, "Owen Clarke", "appointed") == ["2024-03-13"]
    assert _dates_of(text, "Ray Hinds", "left") == ["2024-03-11"]
    assert _dates_of(text, "Sol Pettit", "left") == ["2024-03-11"]
