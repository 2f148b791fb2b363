"""A stand-in named in translated wordings: "takes the interim until the arrival of a new coach" (translated
"assume o interinato") and "will lead the team temporarily in the match against C". A past "took the
interim" is background, and with no post open nobody stands in (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKED = "Al-Raed sacked the Spanish coach Carlos Ruiz on Monday. "
_STAND_IN = ("Fahd Al-Harbi", "Al-Raed", "first_team", "appointed")


@pytest.mark.parametrize(
    "stand_in",
    [
        "The Saudi assistant Fahd Al-Harbi takes the interim until the arrival of a new coach.",
        "The assistant Fahd Al-Harbi will lead the team temporarily in the match against Damac on Friday.",
    ],
)
def test_stand_in_named_after_the_sacking(stand_in: str) -> None:
    assert _STAND_IN in keys_of(_SACKED + stand_in)


def test_past_interim_is_no_appointment() -> None:
    text = _SACKED + "Fahd Al-Harbi took the interim for the cup games in the autumn of 2019."
    assert _STAND_IN not in keys_of(text)


def test_no_post_open_no_stand_in() -> None:
    text = "Al-Raed extended the deal of Carlos Ruiz on Monday. Fahd Al-Harbi takes the interim presidency."
    assert _STAND_IN not in keys_of(text)
