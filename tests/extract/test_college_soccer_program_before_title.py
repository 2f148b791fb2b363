"""American college and club news names a team by its school or club and its sport right before the
coach's title: "Dunmore State men's soccer coach X", "Kessler women's soccer coach Y". The name before
"men's/women's soccer coach" is the club (its women's side for "women's"), never a person. Near-misses:
"men's soccer" with no title or team after it, and a plain "X coach Y" with no sport, are left as they
were. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _tags(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in run_mentions(sentence, set())]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Dunmore State men's soccer coach Ellen Varga has agreed to a new deal.", "Dunmore State"),
        ("Former Kessler women's soccer head coach Ellen Varga joins the staff.", "Kessler"),
        ("The Dunmore State men's soccer program hired Ellen Varga on Friday.", "Dunmore State"),
    ],
)
def test_name_before_soccer_title_is_a_club(sentence: str, club: str) -> None:
    tags = _tags(sentence)
    assert ("C", club) in tags
    assert ("P", club) not in tags


def test_extension_at_the_college_and_its_womens_side() -> None:
    keys = keys_of(
        "Dunmore State men's soccer coach Ellen Varga has agreed to a contract extension through 2027.\n\n"
        "Dunmore State women's soccer coach Rita Okafor was also extended, through 2026."
    )
    assert ("Ellen Varga", "Dunmore State", "first_team", "extended") in keys
    assert ("Rita Okafor", "Dunmore State", "women", "extended") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Ellen Varga played men's soccer in college before she turned to coaching.",
        "Kessler coach Ellen Varga was pleased with the result.",
    ],
)
def test_no_soccer_title_after_the_name(sentence: str) -> None:
    assert ("C", "Ellen Varga") not in _tags(sentence)
    assert ("C", "Kessler") not in _tags(sentence)
