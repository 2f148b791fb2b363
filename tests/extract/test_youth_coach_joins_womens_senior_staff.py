"""A youth coach named an assistant of the women's senior side keeps his youth post, as one added to
the men's senior staff does: the assistant's post is held beside it, so it tells no departure."""

from __future__ import annotations

from extract_helpers import keys_of


def test_assistant_of_the_womens_national_team_keeps_the_youth_side():
    text = (
        "Korea named Park Min-seo as head coach of the women's national team. "
        "Park will be assisted by Kim Hye-jin, who coached the under-17 women's team."
    )
    keys = keys_of(text)
    assert ("Kim Hye-jin", "South Korea", "national_women", "appointed") in keys
    assert ("Kim Hye-jin", "South Korea", "national_women_u17", "in_charge") in keys
    assert ("Kim Hye-jin", "South Korea", "national_women_u17", "left") not in keys


def test_assistant_of_a_clubs_women_keeps_the_girls_side():
    text = (
        "Brøndby have appointed Sofie Lund as head coach of their women's team. "
        "Lund will be assisted by Mette Holm, who coached the club's under-19 women."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Mette Holm" and k[3] == "left" for k in keys)


# --- near misses: a move up that is a post of its own still leaves the youth side ----------------


def test_youth_coach_named_head_of_an_older_youth_side_leaves_hers():
    text = (
        "Korea named Park Min-seo as head coach of the women's national team on Monday. "
        "Kim Hye-jin, who coached the under-17 women's team, was named head coach "
        "of the under-20 women's team."
    )
    keys = keys_of(text)
    assert ("Kim Hye-jin", "South Korea", "national_women_u20", "appointed") in keys
    assert ("Kim Hye-jin", "South Korea", "national_women_u17", "left") in keys
