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
        "Tom Price's coaching career began in 2019. Price joined Stoke City as a player-coach "
        "under Jan Mulder. Mulder was sacked in October."
    )
    assert _clubs(text, "Jan Mulder", "dismissed") == {"Stoke City"}


# --- a reserve side is not what the club's bare word names ----------------------------------------


def test_a_bare_club_word_is_not_its_reserve_side() -> None:
    text = (
        "Union name Bradley Carnell head coach\n\n"
        "The Philadelphia Union on Wednesday named Bradley Carnell as head coach, a month after parting "
        "ways with Jim Curtin. Union II head coach Sam Ortiz will also remain in his role. Curtin "
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


# --- a headline telling the club that lures, lands or poaches a coach -----------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Rotherham United lure Steve Evans from Stevenage",
        "Rotherham United poach Stevenage boss Steve Evans",
        "Rotherham United land Steve Evans from Stevenage",
        "Rotherham United snap up Steve Evans",
        "Steve Evans unveiled as Rotherham United manager",
        "Steve Evans appointed new manager of Rotherham United",
    ],
)
def test_a_headline_names_the_story_club(title: str) -> None:
    assert _clubs(_EVANS, "Steve Evans", "appointed", title=title) == {"Rotherham United"}


def test_a_headline_only_interested_gives_no_story_club() -> None:
    title = "Rotherham United confirm interest in Steve Evans"
    assert "Rotherham United" not in _clubs(_EVANS, "Steve Evans", "appointed", title=title)


_EVANS = (
    "Steve Evans has been named as the new manager, leaving Stevenage after two years. Evans spent two "
    "years at Stevenage, where he won promotion. Rotherham United are 20th in League One."
)


# --- the successor of a man who moved on to the story's club takes the post he left ----------------


@pytest.mark.parametrize(
    "successor",
    [
        "Bo Svensson was named as Rose's successor in June.",
        "Bo Svensson was appointed as the successor of Marco Rose in June.",
        "Bo Svensson replaces Rose, having been appointed in June.",
    ],
)
def test_the_successor_of_a_mover_takes_his_old_post(successor: str) -> None:
    text = (
        "Marco Rose was confirmed as the new head coach of Borussia Dortmund on Tuesday, weeks after RB "
        "Leipzig decided to part company with him. Leipzig did not wait long. " + successor
    )
    title = "Borussia Dortmund appoint Marco Rose as head coach"
    assert _clubs(text, "Bo Svensson", "appointed", title=title) == {"RB Leipzig"}


def test_the_successor_of_a_man_sacked_at_the_story_club_stays_there() -> None:
    text = (
        "Marco Rose was sacked by Borussia Dortmund on Tuesday after two seasons. Bo Svensson was named "
        "as Rose's successor on Friday."
    )
    assert _clubs(text, "Bo Svensson", "appointed") == {"Borussia Dortmund"}


def test_a_first_line_repeating_the_headline_is_no_lead() -> None:
    title = "Stevenage boss Steve Evans heads north"
    text = (
        title + "\n\nRotherham United have appointed Steve Evans as manager. Evans spent two years at "
        "Stevenage, where he won promotion. Stevenage finished ninth. Stevenage thanked him. "
        "Evans has signed a three-year deal."
    )
    assert _clubs(text, "Steve Evans", "appointed", title=title) == {"Rotherham United"}


# --- a candidate rumoured to replace a sacked man: the post that man lost ----------------------------


@pytest.mark.parametrize(
    "rumour",
    [
        "Bologna's Thiago Motta is widely expected to replace Conte in the summer.",
        "Genoa coach Alberto Gilardino is tipped to succeed the sacked Conte.",
        "Lazio's Maurizio Sarri is the favourite to replace Conte.",
        "Atalanta's Gian Piero Gasperini is set to replace Conte next month.",
        "Lazio's Maurizio Sarri is in line to replace the sacked Conte.",
    ],
)
def test_a_candidate_to_replace_a_sacked_man_is_linked_with_his_post(rumour: str) -> None:
    text = (
        "Napoli have sacked Antonio Conte after a run of four defeats. Conte had won the title last "
        "season. Youth coach Paolo Rossi will take charge for the last two games against Bologna. " + rumour
    )
    linked = {f["club"] for f in facts_of(text) if f["event"] == "linked"}
    assert linked == {"Napoli"}


def test_a_candidate_to_replace_a_man_at_a_named_club_keeps_that_club() -> None:
    text = (
        "Napoli have sacked Antonio Conte. Roma's Daniele De Rossi is expected to replace Ivan Juric at "
        "Torino next season."
    )
    assert "Napoli" not in {f["club"] for f in facts_of(text) if f["coach"] == "Daniele De Rossi"}
