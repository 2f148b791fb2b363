"""An aide's post told through his boss, no place named: 'X was until then the assistant of Y', 'X, 41,
was the past two seasons assistant of Y' give X's spell as assistant at the story's club where the story
ties Y (sacked, replaced there). Not where the story does not tie Y to that club, not where a club follows
the boss ('assistant to Y at C'), and not beside another post of X's told in the same sentence."""

from __future__ import annotations

from extract_helpers import facts_of

_NEWS = "Molde have named Lars Egeland as head coach, replacing Tor Brekke, who was sacked on Sunday. "


def _aide_posts(text: str) -> set[str]:
    return {
        f["club"]
        for f in facts_of(text)
        if f["coach"] == "Lars Egeland" and f["event"] == "in_charge" and f["role"] == "assistant_coach"
    }


def test_aide_until_then_of_the_sacked_boss() -> None:
    assert "Molde" in _aide_posts(_NEWS + "Egeland was until then the assistant of Brekke.")


def test_aide_for_a_span_told_before_the_title() -> None:
    assert "Molde" in _aide_posts(_NEWS + "Egeland, 41, was the past two seasons assistant of Brekke.")


def test_no_aide_post_where_the_boss_is_not_tied_to_the_club() -> None:
    text = "Molde have named Lars Egeland as head coach. Egeland was assistant to Per Moen for three years."
    assert "Molde" not in _aide_posts(text)


def test_no_aide_post_at_the_story_club_when_a_club_follows_the_boss() -> None:
    assert "Molde" not in _aide_posts(_NEWS + "Egeland was assistant to Per Moen at Brann.")


def test_no_second_post_beside_another_told_of_him() -> None:
    text = (
        _NEWS + "Egeland was until then the assistant of Brekke and earlier he coached the juniors of Brann."
    )
    assert "Molde" not in _aide_posts(text)
