"""New wordings of this release read for coaches must not turn players' news into coaching facts
(found in review): a player 'dumped for the derby', a player who 'left after five years at the
club'; the coaches' own forms still read."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import facts_of

LEAD = "Hartlepool United manager Tom Reid "


def _of(text: str, coach: str) -> set[tuple[str, str]]:
    return {(f["club"], f["event"]) for f in facts_of(text) if f["coach"] == coach}


@pytest.mark.parametrize(
    "sentence",
    [
        LEAD + "dumped Sam Hill for the derby.",
        LEAD + "dumped Sam Hill to the bench.",
        LEAD + "dumped Sam Hill out of the side.",
        LEAD + "says Sam Hill left after five years at the club.",
    ],
)
def test_a_players_news_gives_him_nothing(sentence: str) -> None:
    assert _of(sentence, "Sam Hill") == set()
    assert ("Hartlepool United", "in_charge") in _of(sentence, "Tom Reid")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Hartlepool United have dumped manager Tom Reid after five defeats.",
            ("Hartlepool United", "dismissed"),
        ),
        ("Hartlepool United have ditched Tom Reid after five defeats.", ("Hartlepool United", "dismissed")),
        (
            "Hartlepool United have appointed Tom Reid. His last job was at Barnsley.",
            ("Barnsley", "in_charge"),
        ),
        ("Blackpool manager Tom Reid left after five years at the helm.", ("Blackpool", "left")),
        ("Tom Reid will now be in charge of Blackpool next season.", ("Blackpool", "appointed")),
    ],
)
def test_the_coaches_forms_still_read(sentence: str, fact: tuple[str, str]) -> None:
    assert fact in _of(sentence, "Tom Reid")
