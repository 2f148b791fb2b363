"""Staff who go with their departing boss, told by their titles: "X leaves with his assistant A and the
physical preparer B", "leaves together with his fitness trainer A", "the fitness coach A goes home with X"
(left, from the club in view). Not a walk off the pitch, nor staff arriving with him. Sentences of our
own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Hammarby have sacked Lars Lund. "


@pytest.mark.parametrize(
    ("sentence", "staff"),
    [
        pytest.param(
            "Lund leaves with his assistant Per Olsson and the fitness coach Nils Ek.",
            ("Per Olsson", "Nils Ek"),
            id="leaves_with_his_titled_staff",
        ),
        pytest.param(
            "The Swede leaves together with his fitness trainer Per Olsson.",
            ("Per Olsson",),
            id="leaves_together_with",
        ),
        pytest.param(
            "The fitness coach Per Olsson goes home with Lund.", ("Per Olsson",), id="aide_goes_home_with_him"
        ),
    ],
)
def test_staff_leave_with_their_boss(sentence: str, staff: tuple[str, ...]) -> None:
    keys = keys_of(_NEWS + sentence)
    for name in staff:
        assert (name, "Hammarby IF", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hammarby coach Lars Lund left the pitch with his assistant Per Olsson after the final whistle.",
            id="off_the_pitch",
        ),
        pytest.param("Hammarby coach Lars Lund arrives with his assistant Per Olsson.", id="arriving"),
        # the aide named with a verb of his own stays on: a stand-in, not a departure
        pytest.param(
            _NEWS + "Lund leaves with his assistant Per Olsson due to take charge for the derby.",
            id="aide_due_to_take_charge",
        ),
        pytest.param(
            _NEWS + "Lund departs with his assistant Per Olsson, who remains in charge until the summer.",
            id="aide_who_remains",
        ),
        pytest.param(
            _NEWS + "Lund leaves with his assistant Per Olsson stepping in for the cup tie.",
            id="aide_stepping_in",
        ),
    ],
)
def test_no_staff_departure(text: str) -> None:
    assert not any(k[0] == "Per Olsson" and k[3] == "left" for k in keys_of(text))
