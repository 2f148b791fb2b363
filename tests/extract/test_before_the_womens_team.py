"""'Before the women's team he spent six seasons with C': the post the story gives the coach, at a country
or club it names bare, is the women's team, and so are the story's other senior posts there — his
predecessor's, his successor's, his staff's (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = (
    "Lars Jensen's Denmark face Norway in Herning on Friday, his last home game before he hands over to "
    "Mikkel Brandt. Jensen took over the national team six years ago from Hans Holm. {cue} "
    "Brandt was named as his successor in May."
)


def test_before_the_womens_team_tells_the_storys_side() -> None:
    keys = keys_of(_STORY.format(cue="Before the women's team he spent five seasons with Odense's men."))
    assert ("Lars Jensen", "Denmark", "national_women", "appointed") in keys
    assert ("Hans Holm", "Denmark", "national_women", "left") in keys
    assert ("Mikkel Brandt", "Denmark", "national_women", "appointed") in keys
    assert ("Lars Jensen", "Denmark", "national", "appointed") not in keys


def test_women_told_elsewhere_leave_the_side_alone() -> None:
    # his earlier post was a women's team: the story's own side is told nothing of
    keys = keys_of(_STORY.format(cue="Before that he spent five seasons with the women's team of Odense."))
    assert ("Lars Jensen", "Denmark", "national", "appointed") in keys
    assert ("Lars Jensen", "Denmark", "national_women", "appointed") not in keys


def test_a_mens_post_at_the_side_keeps_the_story_the_mens() -> None:
    keys = keys_of(
        _STORY.format(
            cue="Before the women's team he spent five seasons with Odense's men. "
            "Brandt had earlier coached Denmark's men's team."
        )
    )
    assert ("Lars Jensen", "Denmark", "national_women", "appointed") not in keys
