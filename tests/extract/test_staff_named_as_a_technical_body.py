"""A new coach's staff named as a body, as translated copy names it: "A and B join the technical board",
"arrives with a technical commission of four professionals: the assistant A, the physical trainer B …",
"arrives with his usual work team: …". Each aide arrives (appointed). Near misses: a club's board (its
executives), and a body named with no colon list after it."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Vitória SC appointed Rui Borges as head coach on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The assistant Nuno Sá and the fitness coach Hugo Lage join the technical board.",
        "Borges arrives with a technical commission of four professionals: the assistant Nuno Sá and the "
        "physical trainer Hugo Lage.",
        "He arrives with his usual work team: the assistant Nuno Sá and the physical trainer Hugo Lage.",
    ],
)
def test_aides_of_a_named_staff_body_arrive(sentence: str) -> None:
    keys = keys_of(_LEAD + sentence)
    for aide in ("Nuno Sá", "Hugo Lage"):
        assert (aide, "Vitória de Guimarães", "first_team", "appointed") in keys


def test_a_clubs_board_is_no_staff() -> None:
    """Near miss: joining the club's board is an executive's move, no coaching post."""
    keys = keys_of(_LEAD + "Former coach Nuno Sá joins the board of directors.")
    assert not any(k[0] == "Nuno Sá" and k[3] == "appointed" for k in keys)


def test_a_staff_body_without_its_members_listed() -> None:
    """Near miss: 'arrives with a technical commission' and then another clause: nobody is named in it."""
    sentence = "Borges arrives with a technical commission, and fitness coach Hugo Lage stays on."
    keys = keys_of(_LEAD + sentence)
    assert ("Hugo Lage", "Vitória de Guimarães", "first_team", "appointed") not in keys
