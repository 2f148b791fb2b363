"""An aide who comes with his boss from a club ("assistant X, who follows her from Tottenham Hotspur", "the
physical preparer X arrives with him from Pau FC") leaves that club; his arrival is read as before."""

from __future__ import annotations

from extract_helpers import keys_of


def test_aide_who_follows_her_from_a_club_leaves_it():
    text = (
        "Brighton have appointed Laura Keane as the new head coach of their women's side. She will be joined "
        "by "
        "assistant Owen Pratt, who follows her from Tottenham Hotspur."
    )
    keys = keys_of(text)
    assert ("Owen Pratt", "Tottenham Hotspur", "women", "left") in keys
    assert ("Owen Pratt", "Brighton & Hove Albion", "women", "appointed") in keys


def test_aide_arrives_with_him_from_a_club():
    text = (
        "Sion have appointed Yves Marchal as head coach. The physical preparer Hugo Sarda arrives with "
        "him from Pau FC, while the goalkeeper coach Paul Riviere remains."
    )
    keys = keys_of(text)
    assert ("Hugo Sarda", "Pau FC", "first_team", "left") in keys


def test_a_teammate_of_the_boss_at_a_club_leaves_nothing():
    """Near miss: 'who played with him at Pau FC' tells a playing past, not an aide leaving a club."""
    text = (
        "Sion have appointed Yves Marchal as head coach. Hugo Sarda, who played with him at Pau FC, "
        "will be his assistant."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Hugo Sarda" and k[3] == "left" for k in keys)
