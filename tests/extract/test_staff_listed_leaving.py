"""A departing manager's staff listed by their titles: the last of the list set off by commas ("his
assistants A and B, and the fitness coach C, also leave"), a physical trainer added by "as does", and the
staff's exit told first with its members after a colon ("His coaching staff also leave the club: the
assistant A, the second coach B and the physical trainer C"). Each named aide leaves. Not a staff that
"would leave" (a supposed exit), nor a staff that stays."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_SACKING = "Dunmore Athletic have sacked manager Rob Tennant after a run of six defeats. "


@pytest.mark.parametrize(
    ("sentence", "aides"),
    [
        (
            "His assistants Ivo Brandt and Kees Molen, and the fitness coach Arno Vidal, also leave.",
            ["Ivo Brandt", "Kees Molen", "Arno Vidal"],
        ),
        (
            "Tennant's fitness coach Arno Vidal, and his assistant Ivo Brandt, left with him.",
            ["Arno Vidal", "Ivo Brandt"],
        ),
        (
            "His assistants Ivo Brandt and Kees Molen leave with him, as does the physical trainer "
            "Arno Vidal.",
            ["Ivo Brandt", "Kees Molen", "Arno Vidal"],
        ),
        (
            "His coaching staff also leave the club: the assistant Ivo Brandt, the second coach "
            "Kees Molen and the physical trainer Arno Vidal.",
            ["Ivo Brandt", "Kees Molen", "Arno Vidal"],
        ),
        (
            "His technical staff leaves with him: the assistant Ivo Brandt and the goalkeeping coach "
            "Kees Molen.",
            ["Ivo Brandt", "Kees Molen"],
        ),
    ],
)
def test_each_listed_aide_leaves(sentence: str, aides: list[str]) -> None:
    keys = keys_of(_SACKING + sentence)
    for name in aides:
        assert (name, "Dunmore Athletic", "first_team", "left") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        # a supposed exit, not a told one
        "His staff, with the assistant Ivo Brandt and the goalkeeping coach Kees Molen, would leave "
        "with him.",
        # the staff stays
        "His coaching staff stays: the assistant Ivo Brandt and the goalkeeping coach Kees Molen.",
    ],
)
def test_staff_not_told_leaving_stays_unread(sentence: str) -> None:
    keys = keys_of(_SACKING + sentence)
    assert not any(key[0] in ("Ivo Brandt", "Kees Molen") and key[3] == "left" for key in keys)
