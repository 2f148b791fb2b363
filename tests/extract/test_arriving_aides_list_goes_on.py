"""A new man's arriving aides whose list goes on in another shape after the words a rule reads: 'brings
with him the assistants A and B', 'his assistants will be A and goalkeeper coach B', 'brings in A as his
assistant and the Dutch fitness coach B', 'arrives with A as second assistant and fitness coach B'. Each
arrives, with his own title. An aide kept on, or one whose own clause goes on, does not arrive. Written for
these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import roles_of

_LEAD = "Dunmore Rovers have appointed Marten Vosk as their new head coach on a two-year deal.\n\n"


def _appointed(text: str) -> dict[str, str]:
    """Each man appointed at Dunmore Rovers, with his role."""
    return roles_of(_LEAD + text, "Dunmore Rovers", "appointed")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # one plural title for both (translated copy's bare verb)
        ("Vosk bring with him the assistants Ivo Brandt and Ede Farkasz.", "assistant_coach"),
        # the second with a title of his own
        ("His assistants will be Ivo Brandt and goalkeeper coach Ede Farkasz.", "goalkeeping_coach"),
        (
            "Vosk brings in Ivo Brandt as his assistant and the Dutch fitness coach Ede Farkasz.",
            "fitness_coach",
        ),
        (
            "Vosk arrives with his compatriot Ivo Brandt as second assistant and Hungarian fitness coach Ede "
            "Farkasz.",
            "fitness_coach",
        ),
    ],
)
def test_list_goes_on_past_the_match(sentence: str, role: str) -> None:
    appointed = _appointed(sentence)
    assert "Ivo Brandt" in appointed
    assert appointed.get("Ede Farkasz") == role


@pytest.mark.parametrize(
    "sentence",
    [
        # kept on from the staff before
        "His assistants will be Ivo Brandt and goalkeeper coach Ede Farkasz, who has been retained.",
        # his own clause goes on: he stays, he does not arrive
        "Vosk brings in Ivo Brandt as his assistant and fitness coach Ede Farkasz stays with the club.",
    ],
)
def test_aide_not_arriving(sentence: str) -> None:
    appointed = _appointed(sentence)
    assert "Ivo Brandt" in appointed
    assert "Ede Farkasz" not in appointed
