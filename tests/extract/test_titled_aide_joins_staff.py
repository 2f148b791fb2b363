"""A titled aide who joins the staff ("Goalkeeping coach B joins the staff", "the physical trainer C also
joins the technical team"): one appointment with the role of his own title, not an assistant's
appointment beside a spell read from the title. An aide with no title joins as an assistant."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_HIRED = "Finland named Aki Lehto as head coach of the national team on Tuesday. "


@pytest.mark.parametrize(
    ("told", "role"),
    [
        ("Goalkeeping coach Ville Haapala joins the staff.", "goalkeeping_coach"),
        ("The fitness coach Ville Haapala also joins the coaching staff.", "fitness_coach"),
        ("Match analyst Ville Haapala joins the technical team as well.", "other_staff"),
    ],
)
def test_title_gives_the_appointment_its_role(told: str, role: str) -> None:
    his = [(f["event"], f["role"]) for f in facts_of(_HIRED + told) if f["coach"] == "Ville Haapala"]
    assert his == [("appointed", role)]


def test_aide_without_title_joins_as_assistant() -> None:
    his = [
        (f["event"], f["role"])
        for f in facts_of(_HIRED + "Ville Haapala joins the staff too.")
        if f["coach"] == "Ville Haapala"
    ]
    assert his == [("appointed", "assistant_coach")]


def test_titled_aide_who_stays_is_no_new_appointment() -> None:
    # a near miss: the title with a verb of staying, not of joining
    his = [
        (f["event"], f["role"])
        for f in facts_of(_HIRED + "Goalkeeping coach Ville Haapala stays on.")
        if f["coach"] == "Ville Haapala"
    ]
    assert his == [("in_charge", "goalkeeping_coach")]
