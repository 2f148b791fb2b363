"""An aide's post told in an aside as held up to the news, with no club named: "X, until now assistant coach,
will lead the team", "X, hitherto goalkeeping coach of the side, steps in". It is his post at the club in
view; an aside that tells no aide's title, or a title of another kind, tells no such post."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_SACKING = "Corvale United have sacked head coach Dieter Maas after a run of defeats, it said on Friday. "


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["club"], f["role"]) for f in facts_of(text) if f["event"] == "in_charge"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Oskar Lind, until now assistant coach, will take the team until the end of the season.",
            "assistant_coach",
        ),
        (
            "Oskar Lind, hitherto goalkeeping coach of the side, will take the team for now.",
            "goalkeeping_coach",
        ),
        (
            "Oskar Lind, up to now assistant manager, will lead the team in the meantime.",
            "assistant_coach",
        ),
    ],
)
def test_aide_post_held_until_now_is_read(sentence, role):
    assert ("Oskar Lind", "Corvale United", role) in _posts(_SACKING + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an aside telling a playing past, or an office
        "Oskar Lind, until now club captain, will take the team until the end of the season.",
        "Oskar Lind, until now sporting director, will take the team until the end of the season.",
    ],
)
def test_other_asides_tell_no_aide_post(sentence):
    roles = {role for coach, _club, role in _posts(_SACKING + sentence) if coach == "Oskar Lind"}
    assert not roles & {"assistant_coach", "goalkeeping_coach", "fitness_coach"}
