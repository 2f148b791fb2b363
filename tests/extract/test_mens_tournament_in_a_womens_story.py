"""In a story about a women's side, a national team told with a men's tournament by its own name ('won the
Africa Cup of Nations with Ghana', 'led Panama at the Gold Cup') is the men's national team; a tournament
named as the women's ('the Women's Africa Cup of Nations') keeps the women's side."""

from __future__ import annotations

from extract_helpers import keys_of

_WOMENS_STORY = (
    "Marc Duval takes over Canada's women\n\n"
    "Canada Soccer has named Marc Duval as head coach of its women's national team on a deal until 2027. "
)


def test_mens_tournament_names_the_mens_national_team():
    text = _WOMENS_STORY + "The Frenchman won the Africa Cup of Nations with Ghana in 2010."
    keys = keys_of(text)
    assert ("Marc Duval", "Canada", "national_women", "appointed") in keys
    assert ("Marc Duval", "Ghana", "national", "in_charge") in keys
    assert ("Marc Duval", "Ghana", "national_women", "in_charge") not in keys


def test_gold_cup_side_is_the_mens():
    text = _WOMENS_STORY + "Before that, Duval took Panama to the semi-finals of the Gold Cup in 2013."
    keys = keys_of(text)
    assert ("Marc Duval", "Panama", "national", "in_charge") in keys
    assert ("Marc Duval", "Panama", "national_women", "in_charge") not in keys


def test_womens_tournament_keeps_the_womens_side():
    """Near miss: the tournament is named as the women's."""
    text = _WOMENS_STORY + "The Frenchman won the Women's Africa Cup of Nations with Ghana in 2010."
    keys = keys_of(text)
    assert ("Marc Duval", "Ghana", "national_women", "in_charge") in keys
    assert ("Marc Duval", "Ghana", "national", "in_charge") not in keys
