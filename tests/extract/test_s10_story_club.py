"""The story's club (session 10, story-club focus): a past time told in passing does not move the
story to a former club, a reserve side is not what its town's word names, and a league-qualified
'the <league> club' of several fitting is the story's. Sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _clubs(text: str, coach: str, event: str, **kw: str) -> set[str]:
    return {f["club"] for f in facts_of(text, **kw) if f["coach"] == coach and f["event"] == event}


# --- a past time framing a career sentence: the story stays at its club -----------------------------


@pytest.mark.parametrize(
    ("text", "coach", "event", "club"),
    [
        (
            "Everton have named Marco Silva as their new manager. Before moving to Portugal he coached "
            "Olympiacos for two seasons. Sean Dyche was sacked in January.",
            "Sean Dyche",
            "dismissed",
            "Everton",
        ),
        (
            "Celtic have appointed Brendan Rodgers as manager. Before Leicester, Rodgers spent three years "
            "with Swansea City. Ange Postecoglou was sacked in June after two years in charge.",
            "Ange Postecoglou",
            "dismissed",
            "Celtic",
        ),
        (
            "Lecce have hired Luca Gotti as head coach. Last season Gotti led Spezia to eighth place. "
            "Roberto D'Aversa was sacked in March.",
            "Roberto D'Aversa",
            "dismissed",
            "Lecce",
        ),
        (
            "Hibernian have appointed David Gray. Prior to joining the staff he managed Stenhousemuir. "
            "Nick Montgomery was sacked in April.",
            "Nick Montgomery",
            "dismissed",
            "Hibernian",
        ),
    ],
)
def test_a_past_frame_keeps_the_story_club(text: str, coach: str, event: str, club: str) -> None:
    assert _clubs(text, coach, event) == {club}


def test_the_past_frame_still_gives_the_former_spell() -> None:
    text = (
        "Everton have named Marco Silva as their new manager. Before moving to Portugal he coached "
        "Olympiacos for two seasons."
    )
    assert "Olympiacos" in _clubs(text, "Marco Silva", "in_charge")


def test_a_career_told_without_a_past_frame_still_moves_the_story() -> None:
    # no frame: "X joined C …" then what happened there is C's
    text = (
        "Wayne Rooney's coaching career began in 2020. Rooney joined Derby County as a player-coach "
        "under Phillip Cocu. Cocu was sacked in November."
    )
    assert _clubs(text, "Phillip Cocu", "dismissed") == {"Derby County"}


# --- a reserve side is not what the club's bare word names ----------------------------------------


def test_a_bare_club_word_is_not_its_reserve_side() -> None:
    text = (
        "Union name Bradley Carnell head coach\n\n"
        "The Philadelphia Union on Wednesday named Bradley Carnell as head coach, a month after parting "
        "ways with Jim Curtin. Union II head coach Marlon LeBlanc will remain in his role. Curtin "
        "departed in November after ten years in charge."
    )
    clubs = _clubs(text, "Bradley Carnell", "appointed")
    assert "Union II" not in clubs
    assert "Philadelphia Union" in clubs


# --- 'the <league> club' of several fitting: the story's ------------------------------------------


def test_a_league_club_of_several_fitting_is_the_story_club() -> None:
    text = (
        "Angel City FC have named Alexander Straus as head coach. Sporting director Mark Parsons, who "
        "coached the Portland Thorns, welcomed him. The NWSL club fired Becki Tweed in December."
    )
    assert _clubs(text, "Becki Tweed", "dismissed") == {"Angel City FC"}
