"""A coach 'released' by his club, the staff let go with a sacked boss: "PSS also released goalkeeping coach
X" (his title before him), "X was also released together with Y" (let go with him). A player released, or a
man released to take another job, is no sacking. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Dunmore Rovers have sacked head coach Marten Vosk after a run of six defeats.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The club also released goalkeeping coach Ede Farkasz.",
        "Dunmore Rovers released their fitness coach Ede Farkasz on the same day.",
        "The physical coach Ede Farkasz was also released together with Vosk.",
        "The analyst Ede Farkasz was released along with the rest of the staff.",
    ],
)
def test_coach_released(sentence: str) -> None:
    assert any(k[0] == "Ede Farkasz" and k[3] == "dismissed" for k in keys_of(_SACKED + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a player released
        "Dunmore Rovers also released striker Ede Farkasz.",
        # released to take a job: a move he wanted
        "Goalkeeping coach Ede Farkasz was released by the club to take the job at Elmbridge City.",
    ],
)
def test_release_that_is_no_sacking(sentence: str) -> None:
    assert not any(k[0] == "Ede Farkasz" and k[3] == "dismissed" for k in keys_of(_SACKED + sentence))
