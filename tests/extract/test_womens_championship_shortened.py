"""A women's-football story that names the Women's Championship calls it 'the Championship' after: a club
introduced so ('Championship side C', 'coached C in the Championship') is no men's club there, and its
unnamed posts go with the story's women's team. Without the Women's Championship named, 'Championship side
C' in a women's story is still the men's second tier (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = (
    "Charlton Athletic Women have appointed Kate Hall as head coach. "
    "Hall arrives from the Women's Championship. "
)


def test_championship_side_is_the_womens_league_when_named():
    text = _LEAD + "She previously coached Championship side Sheffield United for two seasons."
    keys = keys_of(text)
    assert ("Kate Hall", "Sheffield United", "women", "in_charge") in keys


def test_championship_side_stays_mens_without_the_womens_championship():
    """Near miss: no Women's Championship in the story: 'Championship side C' is the men's club."""
    text = (
        "Charlton Athletic Women have appointed Kate Hall as head coach. "
        "Mark Dean, who coached Championship side Sheffield United, also joins the club's staff."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Mark Dean" and k[1] == "Sheffield United" and k[2] == "women" for k in keys)
