"""A club the sentence names only as another man's title ('Ipswich Town manager B', 'Atlanta United's
B') is his job: a rumour or a former post of someone else in the sentence whose words name no club is
the story's club, not that one."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _facts(text: str, coach: str) -> set[tuple[str, str]]:
    return {(f["club"], f["event"]) for f in facts_of(text) if f["coach"] == coach}


@pytest.mark.parametrize(
    "sentence",
    [
        "Former boss Tom Wade and Luton Town manager Rob Edwards are among the favourites.",
        "Former boss Tom Wade and Brentford head coach Rob Edwards are among the favourites.",
        "Former manager Tom Wade and Coventry City boss Rob Edwards are among the candidates.",
    ],
)
def test_other_mans_title_is_not_the_vacancy(sentence):
    text = "Brendan Rodgers has resigned as Celtic manager. " + sentence
    assert ("Celtic", "linked") in _facts(text, "Tom Wade")
    assert ("Celtic", "linked") in _facts(text, "Rob Edwards")
    assert {club for club, _ in _facts(text, "Tom Wade")} == {"Celtic"}


def test_own_title_still_names_his_post():
    text = (
        "Brendan Rodgers has resigned as Celtic manager. Ipswich Town manager Kieran McKenna is among "
        "the early favourites."
    )
    assert ("Ipswich Town", "in_charge") in _facts(text, "Kieran McKenna")
