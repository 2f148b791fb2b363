"""Stand-ins after a coach's exit: told by the games they took ('coached the final six games', 'led
the team for the last three matches'), stepping back onto the new coach's staff, or 'stepped in' after
an exit; stepping in with no exit is not read."""

from __future__ import annotations

import pytest
from extract_helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "Columbus fired Ben Hardy on Sept. 14. Assistant Luis Ortiz coached the final five games on "
        "an interim basis.",
        "Columbus fired Ben Hardy in April. Luis Ortiz led the team for the last three matches.",
        "Columbus fired Ben Hardy in April. Luis Ortiz oversaw the remaining fixtures.",
    ],
)
def test_stand_in_told_by_the_games_he_took(text):
    assert ("Luis Ortiz", "Columbus Crew", "in_charge") in events_of(text)


def test_stand_in_staying_on_the_new_coachs_staff_steps_back():
    facts = events_of(
        "Columbus fired Ben Hardy in April and later hired Sam Doyle. Assistant Luis Ortiz "
        "coached the final five games on an interim basis and will stay on Doyle's staff."
    )
    assert ("Luis Ortiz", "Columbus Crew", "left") in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Celta named Jorge Prado as coach. Ivan Mora, who stepped in from the technical "
            "department after Luis Gil was dismissed in March, will see out the remaining fixtures.",
            ("Ivan Mora", "Celta Vigo", "appointed"),
        ),
        (
            "Sheffield United sacked Chris Wilder. Youth coach Steve Cooper stepped in as caretaker manager "
            "following the departure of Wilder.",
            ("Steve Cooper", "Sheffield United", "appointed"),
        ),
        (
            "Lazio are looking for a coach. Giovanni Martusciello stepped in when Maurizio Sarri resigned.",
            ("Giovanni Martusciello", "Lazio", "appointed"),
        ),
    ],
)
def test_a_stand_in_stepping_in_after_an_exit(text, expected):
    assert expected in events_of(text)


def test_stepping_in_with_no_exit_is_not_read():
    facts = events_of("Lazio won 2-0. Ciro Immobile stepped in to calm the fans after the final whistle.")
    assert not any(coach == "Ciro Immobile" for coach, _, _ in facts)
