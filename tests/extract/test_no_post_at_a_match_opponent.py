"""A club the article names only as the other side of a match ('travel to C on Saturday', 'the trip to C',
'after the 0-3 at C', 'C striker X') holds no post of a coach the story places elsewhere: 'Hull travel to
Stoke City on Saturday, when Baxter will take charge of his first game' is Hull's news. The other side's
coach, when the story tells him ('lost to C, who are coached by Y'), and a club a title was won with stay."""

from __future__ import annotations

from extract_helpers import keys_of


def _clubs_of(text: str, coach: str) -> set[str]:
    return {club for c, club, _squad, _event in keys_of(text) if c == coach}


def test_first_game_on_a_trip_is_no_post_at_the_hosts() -> None:
    text = (
        "Hull City have promoted assistant Tom Baxter to head coach. Hull travel to Stoke City on Saturday, "
        "when Baxter will take charge of a match for the first time as permanent head coach."
    )
    assert _clubs_of(text, "Tom Baxter") == {"Hull City"}


def test_the_trip_to_a_club_is_no_post_there() -> None:
    text = (
        "Hull City have appointed Tom Baxter as head coach. Baxter's first game will be the trip to Stoke "
        "City on Saturday, and he will pick his assistants in the coming days."
    )
    assert _clubs_of(text, "Tom Baxter") == {"Hull City"}


def test_sacked_after_a_score_at_a_club_is_not_sacked_there() -> None:
    text = "Hull City have sacked Tom Baxter. Weeks later, after the 0-3 at Stoke City, Baxter was sacked."
    assert _clubs_of(text, "Tom Baxter") == {"Hull City"}


def test_the_other_sides_coach_keeps_his_post() -> None:
    # near-miss: the story tells who coaches the opponent, even a man it gives another post
    text = (
        "Hull City have appointed Tom Baxter as head coach. Under him, Hull lost 2-1 to Stoke City, who are "
        "coached by former Bristol City boss Steve Cotterill."
    )
    assert "Stoke City" in _clubs_of(text, "Steve Cotterill")


def test_a_league_won_with_a_club_is_no_match_against_it() -> None:
    # near-miss: "won the league with C" names his club, not an opponent
    text = (
        "Hull City have appointed Tom Baxter as head coach. Baxter won the league with Stoke City in 2015 "
        "and later had a spell in charge of Exeter City."
    )
    assert "Stoke City" in _clubs_of(text, "Tom Baxter")
