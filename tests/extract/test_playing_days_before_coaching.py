"""The story's own chronology: a title or listed spell told in a player's words ("was champion with C in
2001", "had spells at A and B in the 1990s") in a year before the story says the man's coaching began ("he
began his coaching career in 2012", "his first coaching job came in 2010", "hung up his boots in 2006") is
his playing days. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_KELLER = "Valencia have appointed Jonas Keller as head coach. "


def _spells(text: str) -> set[str]:
    return {
        club for person, club, _squad, ev in keys_of(text) if person == "Jonas Keller" and ev == "in_charge"
    }


@pytest.mark.parametrize(
    ("text", "played"),
    [
        (
            _KELLER
            + "Keller was champion with Nantes in 2001. He began his coaching career at Rennes in 2012.",
            {"FC Nantes"},
        ),
        (
            _KELLER
            + "Keller had spells at Lens and Lille in the 1990s. His first coaching job came at Rennes "
            "in 2010.",
            {"RC Lens", "Lille"},
        ),
        (
            _KELLER + "Keller won the league with Nantes in 2001 and hung up his boots in 2006. He later "
            "coached Rennes.",
            {"FC Nantes"},
        ),
        (
            _KELLER
            + "Keller won the cup with Nantes in 2004. In 2012 he started his coaching career at Rennes.",
            {"FC Nantes"},
        ),
    ],
)
def test_a_title_before_his_coaching_began_is_his_playing_days(text: str, played: set[str]) -> None:
    assert not played & _spells(text)


@pytest.mark.parametrize(
    "text",
    [
        # won after his coaching began
        _KELLER
        + "Keller began his coaching career at Rennes in 2010. He won the league with Nantes in 2016.",
        # no year told for the title
        _KELLER + "Keller won the league with Nantes. He began his coaching career at Rennes in 2010.",
        # won as a coach
        _KELLER
        + "Keller won the league with Nantes as assistant coach in 2008. He began his managerial career "
        "at Rennes in 2012.",
        # another man's coaching began later
        _KELLER + "Keller won the league with Nantes in 2005. His assistant Paul Morel began his coaching "
        "career at Rennes in 2010.",
        # the man he replaces is the one whose coaching began later (named last before the words)
        "Valencia have appointed Jonas Keller as head coach, replacing Marc Duval, who hung up his boots in "
        "2019. Keller won the league with Nantes in 2016.",
        "Valencia have appointed Jonas Keller as head coach. He succeeds Marc Duval, who began his coaching "
        "career in 2020. Keller won the league with Nantes in 2016.",
        # the year of a later deed, not of his start ("began … at Rennes and won the cup there in 2019")
        _KELLER + "Keller won the league with Nantes in 2016. He began his coaching career with the youth "
        "sides of Rennes and lifted the cup there in 2019.",
    ],
)
def test_a_title_not_shown_before_his_coaching_still_reads(text: str) -> None:
    assert "FC Nantes" in _spells(text)
