"""An aide named with no title before him, kept on: 'A, who worked alongside him, stays on the technical
team', 'B continues as first-team coach', 'C has been asked to stay on as assistant', 'D, an assistant here
for four seasons, stays on the staff' coach the club in view (in_charge); 'remains a candidate', 'stays
on as a player' or staying in hospital tell no post, and a sentence another rule reads more closely keeps
that reading alone."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

LEAD = "Real Oviedo have appointed Tomas Berg as head coach on a two-year deal. "


@pytest.mark.parametrize(
    "tail",
    [
        "Nils Dahl, who worked alongside the previous coach, stays on the technical team.",
        "Nils Dahl continues as first-team coach.",
        "Nils Dahl has been asked to stay on as assistant coach.",
        "Nils Dahl, an assistant here for four seasons, stays on the staff.",
        "Nils Dahl, who joined the staff two years ago, stays on as assistant alongside Berg.",
    ],
)
def test_aide_kept_on_coaches_the_club_in_view(tail: str) -> None:
    assert ("Nils Dahl", "Real Oviedo", "first_team", "in_charge") in keys_of(LEAD + tail)


@pytest.mark.parametrize(
    "tail",
    [
        "Nils Dahl remains a candidate for the Sporting Gijon job.",
        "Nils Dahl stays on as a player for one more season.",
        "Nils Dahl remains in hospital after his fall.",
    ],
)
def test_no_post_told(tail: str) -> None:
    assert not any(k[0] == "Nils Dahl" and k[3] == "in_charge" for k in keys_of(LEAD + tail))


def test_a_closer_reading_of_the_same_post_stands_alone() -> None:
    # (the other rules read his spell from "coach Nils Dahl, who served as …": one spell, not two)
    tail = (
        "Berg will be assisted by Anders Lund, while Swedish coach Nils Dahl, who served as assistant to "
        "Marco Pozzi, stays in the technical staff."
    )
    spells = [f for f in facts_of(LEAD + tail) if f["coach"] == "Nils Dahl" and f["event"] == "in_charge"]
    assert len(spells) == 1
