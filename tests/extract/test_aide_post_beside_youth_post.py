"""An aide's post at a club and a youth side he coached there, told in one sentence, are two posts: 'Varga
spent two seasons as Ivo Lind's assistant at Everton, having earlier coached the club's under-18s' keeps his
spell as assistant with the first team beside his spell at the under-18s (the youth side named by one match no
longer takes the place of the first-team post read by another). One match reading a post with its squad
still tells one post."""

from __future__ import annotations

from extract_helpers import facts_of

_NEWS = "Kilmore Rovers have appointed Ossian Varga as their new head coach. "


def _posts(told: str, club: str) -> set[tuple[str, str]]:
    return {
        (f["squad"], f["role"])
        for f in facts_of(_NEWS + told)
        if f["coach"] == "Ossian Varga" and f["club"] == club and f["event"] == "in_charge"
    }


def test_aide_post_and_youth_post_told_together() -> None:
    posts = _posts(
        "Varga spent two seasons as Ivo Lind's assistant at Everton, "
        "having earlier coached the club's under-18s.",
        "Everton",
    )
    assert ("first_team", "assistant_coach") in posts
    assert ("u18", "head_coach") in posts


def test_youth_post_told_after_the_aide_post() -> None:
    posts = _posts(
        "Varga has served for three years as an assistant to Ivo Lind at Brentford "
        "after leading the club's B team.",
        "Brentford",
    )
    assert ("first_team", "assistant_coach") in posts


def test_aide_post_of_a_youth_side_stays_one_post() -> None:
    posts = _posts("Varga was previously assistant coach of the Everton under-21s.", "Everton")
    assert ("first_team", "assistant_coach") not in posts
