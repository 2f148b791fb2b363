"""'Led the club', 'directed the team' after a career verb stand for the story's club unless the sentence
itself says which club it means: 'trained the club of C', 'comes from C, where he directed the team', or
the man's own title ('C manager X … after leading the club'). News names a man's club that way before
turning back to the story's. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def _posts(text: str, coach: str) -> set[tuple[str, str]]:
    return {(club, event) for name, club, _, event in keys_of(text, "2024-06-10") if name == coach}


def test_own_title_names_the_club_he_led() -> None:
    text = (
        "Hibernian are looking for a new manager after sacking Pete Lowry on Sunday. "
        "Motherwell manager Tom Barlow has signed a new contract after leading the club to fourth place."
    )
    posts = _posts(text, "Tom Barlow")
    assert ("Motherwell", "in_charge") in posts
    assert not any(club == "Hibernian" for club, _ in posts)


def test_where_clause_names_the_team_he_directed() -> None:
    text = (
        "Brentford have appointed Ray Colby as head coach. "
        "Colby comes from Fulham, where he was the first-team coach and directed the team as interim "
        "in March."
    )
    posts = _posts(text, "Ray Colby")
    assert ("Fulham", "in_charge") in posts
    assert ("Brentford", "in_charge") not in posts


def test_the_club_of_a_named_club() -> None:
    text = (
        "Burnley have appointed Dan Weller as head coach. "
        "Weller, 48, was before the coach of the reserves of Everton and trained the club of Motherwell."
    )
    posts = _posts(text, "Dan Weller")
    assert ("Motherwell", "in_charge") in posts
    assert ("Burnley", "in_charge") not in posts


def test_the_club_alone_is_still_the_story_club() -> None:
    text = (
        "Bristol City have brought back Sam Whitlock as head coach. "
        "Whitlock, who previously led the club between 2015 and 2018, signed a two-year deal."
    )
    assert ("Bristol City", "in_charge") in _posts(text, "Sam Whitlock")


def test_another_mans_title_does_not_name_the_club() -> None:
    text = (
        "Millwall have sacked Joe Harker. "
        "Harker, who beat Luton manager Rob Edwin last week, had led the club since 2021."
    )
    assert ("Millwall", "in_charge") in _posts(text, "Joe Harker")
