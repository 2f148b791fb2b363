"""Backroom staff named by their titles, translated ones too ('co-trainer', 'second coach', 'physical
trainer', 'auxiliary'): a list of titled names shares one verb ('the co-trainers A and B must go', '…, who
also leave the club'), came with the new man ('arrived …, accompanied by his second coach A') or is
brought by him ('brings X as co-trainer with him')."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _staff(text: str, *names: str) -> set[tuple[str, str, str, str]]:
    return {(f["coach"], f["club"], f["event"], f["role"]) for f in facts_of(text) if f["coach"] in names}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Werder Bremen have released head coach Ole Werner. Also the co-trainers Tom Cichon and "
            "Patrick Kohlmann must go, as the club communicated.",
            "dismissed",
        ),
        (
            "Werder Bremen sacked Ole Werner on Sunday. His assistant coaches Tom Cichon and "
            "Patrick Kohlmann were also dismissed.",
            "dismissed",
        ),
        (
            "Werder Bremen and Ole Werner parted ways on Sunday. The co-trainers Tom Cichon and Patrick "
            "Kohlmann, who had followed him from Kiel, have left as well.",
            "left",
        ),
    ],
)
def test_titled_list_shares_the_change(text, event):
    found = _staff(text, "Tom Cichon", "Patrick Kohlmann")
    assert {(c, e) for c, _, e, _ in found} == {("Tom Cichon", event), ("Patrick Kohlmann", event)}
    assert {club for _, club, _, _ in found} == {"Werder Bremen"}


def test_each_name_keeps_its_own_title():
    text = (
        "Sevilla dismissed Julen Lopetegui. Lopetegui had arrived in 2019 with a three-year contract, "
        "accompanied by his second coach Pablo Sanz and the physical trainer Oscar Caro, who also leave "
        "the club."
    )
    assert _staff(text, "Pablo Sanz", "Oscar Caro") == {
        ("Pablo Sanz", "Sevilla", "appointed", "assistant_coach"),
        ("Pablo Sanz", "Sevilla", "left", "assistant_coach"),
        ("Oscar Caro", "Sevilla", "appointed", "fitness_coach"),
        ("Oscar Caro", "Sevilla", "left", "fitness_coach"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "VfB Stuttgart have named Sebastian Hoeness as head coach. He brings Michael Kammermeyer as "
        "co-trainer with him.",
        "VfB Stuttgart have named Sebastian Hoeness as head coach. The 41-year-old took Michael "
        "Kammermeyer with him as his assistant coach.",
    ],
)
def test_brought_as_title(text):
    assert _staff(text, "Michael Kammermeyer") == {
        ("Michael Kammermeyer", "VfB Stuttgart", "appointed", "assistant_coach")
    }


def test_assistants_relieved_too_are_not_head_coaches():
    text = (
        "Hearts on Monday relieved head coach Steven Naismith of his duties, with assistant coaches Gordon "
        "Forrest and Frankie McAvoy also relieved of their duties."
    )
    assert _staff(text, "Gordon Forrest", "Frankie McAvoy") == {
        ("Gordon Forrest", "Heart of Midlothian", "dismissed", "assistant_coach"),
        ("Frankie McAvoy", "Heart of Midlothian", "dismissed", "assistant_coach"),
    }


def test_a_player_beside_the_title_is_not_listed():
    text = (
        "Werder Bremen sacked Ole Werner. The assistant Tom Cichon stays, while striker Marvin Ducksch "
        "must go."
    )
    assert not _staff(text, "Marvin Ducksch")
