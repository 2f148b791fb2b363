"""'X brings A as his assistant and B as goalkeeping coach', 'brings in A as assistant', 'adds B as an
assistant': each aide named before his own title is appointed with that title. A player added "as a
striker" is no aide. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_NEWS = "Sepahan have appointed Reza Karimi as head coach. "


def _aides(sentence: str) -> set[tuple[str, str, str]]:
    facts = facts_of(_NEWS + sentence, "2024-06-02")
    return {(f["coach"], f["role"], f["event"]) for f in facts if f["coach"] != "Reza Karimi"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Karimi brings Ali Nouri as his assistant and Omid Rad as goalkeeping coach.",
        "Karimi brings in Ali Nouri as assistant and Omid Rad as goalkeeping coach.",
    ],
)
def test_each_aide_of_the_list_has_his_title(sentence: str) -> None:
    aides = _aides(sentence)
    assert ("Ali Nouri", "assistant_coach", "appointed") in aides
    assert ("Omid Rad", "goalkeeping_coach", "appointed") in aides


def test_an_aide_added_is_appointed() -> None:
    assert ("Omid Rad", "assistant_coach", "appointed") in _aides("Karimi adds Omid Rad as an assistant.")


def test_a_player_added_is_no_aide() -> None:
    assert not _aides("Sepahan adds Omid Rad as a striker.")
