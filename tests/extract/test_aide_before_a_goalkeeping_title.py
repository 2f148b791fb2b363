"""An aide named just before a comma and "the goalkeeper coach Y" ("the assistant X, the goalkeeper coach Y
and …") is one of a staff list, not "X, the goalkeeper," a player titled by his position (sentences of our
own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Boavista named the technician Rui Matos as their new coach on Monday. "


@pytest.mark.parametrize(
    "staff",
    [
        "The technical staff includes the assistant Tiago Brandão, the goalkeeper coach Joel Pita and the "
        "fitness coach Nuno Farias.",
        "The technical staff of Matos will include the assistant Tiago Brandão, the goalkeepers' trainer "
        "Joel Pita and the fitness coach Nuno Farias.",
    ],
)
def test_aide_before_a_goalkeeping_title_joins_the_staff(staff: str) -> None:
    keys = keys_of(_LEAD + staff)
    assert ("Tiago Brandão", "Boavista", "first_team", "appointed") in keys
    assert ("Joel Pita", "Boavista", "first_team", "appointed") in keys


def test_a_man_apposed_as_the_goalkeeper_is_still_a_player() -> None:
    text = (
        "Boavista named the technician Rui Matos as their new coach on Monday. "
        "Tiago Brandão, the club goalkeeper, has signed a new contract until 2027."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Tiago Brandão" for k in keys)
