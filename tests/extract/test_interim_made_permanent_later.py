"""A stand-in made permanent later in the same sentence tells two appointments: the interim one and the
permanent one ("X took over as interim in May … and had the interim tag removed in October", "… and the
club removed the interim tag after ten weeks", "… and was confirmed in August", "… and was handed the
role permanently", "first as interim …, then permanently from 2018"). Not "confirmed as caretaker until
the end of the season" (still the stand-in), nor "confirmed that …" (his words)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKED = "Ajax have sacked head coach Tomas Weber. "


def _appointed_roles(text: str) -> list[str]:
    return sorted(
        f["role"]
        for f in facts_of(_SACKED + text, "2024-09-02")
        if (f["coach"], f["club"], f["event"]) == ("Piet de Rooij", "Ajax", "appointed")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Piet de Rooij took over as interim coach in May 2021 when Weber's predecessor Jan Ostrowski was "
        "dismissed, and had the interim tag removed in October 2021.",
        "Piet de Rooij took over on an interim basis in March 2020, and the club removed the interim tag "
        "two months later.",
        "Piet de Rooij took over as interim in January 2022, won the cup the following month and was "
        "confirmed in April.",
        "Piet de Rooij took over on an interim basis in March 2020 and was handed the role permanently "
        "later that year.",
        # (the stand-in named inside the words: the man before "who was confirmed")
        "The club then entrusted the interim to Piet de Rooij, who was confirmed at the post in April.",
    ],
)
def test_stand_in_made_permanent_is_a_second_appointment(sentence: str) -> None:
    assert _appointed_roles(sentence) == ["caretaker", "head_coach"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Piet de Rooij took over as interim and was confirmed as caretaker until the end of the season.",
        "Piet de Rooij took over as interim coach on Monday and confirmed that he wants the job.",
    ],
)
def test_still_a_stand_in_is_one_appointment(sentence: str) -> None:
    assert _appointed_roles(sentence) == ["caretaker"]


def test_then_permanently_is_the_permanent_appointment() -> None:
    text = "Piet de Rooij has been in charge since 2016, first as interim and then permanently from 2018."
    assert "head_coach" in _appointed_roles(text)
