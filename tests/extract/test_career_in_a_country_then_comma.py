"""A career told by its country first and the clubs after a comma ("had coached in Portugal, at
Boavista and Farense") gives a spell at each club listed. Not a country alone ("coached in Portugal,
and then returned home"), nor a club named after the comma as the place of something else."""

from __future__ import annotations

import pytest
from extract_helpers import spells_of

_LEAD = "Kilmarnock have appointed Rory Dunlop as manager. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Before that he had coached in Portugal, at Boavista and Farense.",
        "Dunlop has also worked in Portugal, with Boavista and Farense.",
        "The Scot previously managed in Portugal, at Boavista and later at Farense.",
    ],
)
def test_clubs_after_the_country_and_a_comma(sentence: str) -> None:
    assert {"Boavista", "Farense"} <= spells_of(_LEAD + sentence, "Rory Dunlop")


@pytest.mark.parametrize(
    "sentence",
    [
        "Before that he had coached in Portugal, and then returned home to Scotland.",
        "He once coached in Portugal, with Boavista's youngsters watching from the stands.",
    ],
)
def test_no_spell_without_a_list_of_his_clubs(sentence: str) -> None:
    assert "Farense" not in spells_of(_LEAD + sentence, "Rory Dunlop")
