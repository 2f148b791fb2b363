"""An aide named after his post's title and the copula, where the title is 'deputy', a bare 'second' or
'field assistant' (translated 'il suo vice', 'su segundo', 'ayudante de campo'), or with the club between:
'His deputy will be X', 'Varga's second will be X', 'His assistant at C will be X' appoint X to the new man's
staff; and a 'field assistant' is a backroom title where a list of the new man's aides is read: 'He arrives
with field assistant X and physical trainer Y'. Not 'his second spell will be short', nor a deputy
chairman."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_LEAD = "Kelby Rovers have named Oskar Varga as their new head coach. "
_CLUB = "Kelby Rovers"


@pytest.mark.parametrize(
    "sentence",
    [
        "His deputy will be Piet Molenaar.",
        "His deputy will be Piet Molenaar, while the goalkeeping coach Aldo Brisco stays on.",
        "Varga's second will be Piet Molenaar.",
        "His field assistant will be Piet Molenaar.",
        "His assistant at Kelby Rovers will be Piet Molenaar.",
        "Varga arrives with field assistant Piet Molenaar and physical trainer Aldo Brisco.",
        "He will be accompanied by the field assistant Piet Molenaar and the fitness coach Aldo Brisco.",
    ],
)
def test_aide_named_after_his_title_is_appointed(sentence: str) -> None:
    assert ("Piet Molenaar", _CLUB, "first_team", "appointed") in keys_of(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "His second spell will be shorter, Piet Molenaar said.",
        "The deputy chairman will be Piet Molenaar.",
        "His second season will be decisive for the striker Piet Molenaar.",
    ],
)
def test_no_aide_title_no_appointment(sentence: str) -> None:
    facts = keys_of(_LEAD + sentence)
    assert not any(k[0] == "Piet Molenaar" for k in facts)
