"""Current spells told in match and season reporting, in our own words: 'X's side beat C' (X coaches
the other side of the reported match, not C), 'X's men, beaten by C', 'C's press caught X's team out',
and 'X's men' when the story already gave the club in view another coach."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _keys(text: str, title: str | None = None) -> set[tuple[str, str, str, str]]:
    kw = {"title": title} if title else {}
    return {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts_of(text, **kw)}


@pytest.mark.parametrize(
    ("title", "text", "expected", "not_expected"),
    [
        (  # "X's men thrashed C": X coaches the headline's other side
            "Sevilla crush Valencia 3-0 at the Sanchez-Pizjuan",
            "Two late goals helped Marco Ferri's men thrash Valencia 3-0 on Sunday.",
            ("Marco Ferri", "Sevilla", "first_team", "in_charge"),
            ("Marco Ferri", "Valencia", "first_team", "in_charge"),
        ),
        (  # a score line headline, a passive defeat
            "Napoli 2-0 Lazio: hosts go third",
            "Napoli moved third with a comfortable win on Saturday. Paolo Renzi's team, beaten by Napoli for "
            "the second time this season, slipped to eighth.",
            ("Paolo Renzi", "Lazio", "first_team", "in_charge"),
            ("Paolo Renzi", "Napoli", "first_team", "in_charge"),
        ),
        (  # "C's pressing caught X's side out": X's side is C's opponent
            "Napoli v Lazio: five things we learned",
            "Napoli's pressing repeatedly caught Paolo Renzi's side out in the first half.",
            ("Paolo Renzi", "Lazio", "first_team", "in_charge"),
            ("Paolo Renzi", "Napoli", "first_team", "in_charge"),
        ),
        (  # the lead tells the match; the club in view already has its coach
            None,
            "Getafe came from behind to beat Osasuna 2-1 on Sunday night. Getafe appointed Luis Moro as head "
            "coach in October. Jon Arano's men stay ninth.",
            ("Jon Arano", "Osasuna", "first_team", "in_charge"),
            ("Jon Arano", "Getafe", "first_team", "in_charge"),
        ),
    ],
)
def test_side_in_a_match_report(title, text, expected, not_expected):
    keys = _keys(text, title)
    assert expected in keys
    assert not_expected not in keys


def test_no_report_no_guess():
    """With no match in view, 'X's side beat C' says only that X does not coach C."""
    keys = _keys("Paolo Renzi's side beat Lazio on Sunday to go top.")
    assert not any(k[0] == "Paolo Renzi" and k[1] == "Lazio" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Hull City have sacked manager Mark Holt. Hull rose to seventh under the Welshman before a bad run.",
        "Hull City have sacked manager Mark Holt. Hull won five in a row under the 52-year-old before May.",
    ],
)
def test_under_the_man_by_origin_or_age(text):
    """'C climbed to sixth under the Englishman': the man the story is about, named by nationality or age."""
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in _keys(text)


def test_under_the_new_manager_stays_unread():
    """'under the new manager' may be anyone: no spell for the man in focus."""
    keys = _keys("Hull City have sacked manager Mark Holt. Hull hope to climb under the new manager.")
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") not in keys


def test_current_spell_starts_with_the_first_appointment():
    """A caretaker made permanent: the spell told later began with the caretaker appointment; an
    appointment told loosely ('sacked in September') gives way to the precise one of the same year."""
    text = (
        "Ivo Brandt has been appointed Getafe's permanent manager on a two-year contract. Brandt took "
        "temporary charge in January after Luis Moro was sacked. Under Brandt, Getafe have climbed to "
        "sixth."
    )
    spell = [
        f for f in facts_of(text, "2024-05-20") if f["coach"] == "Ivo Brandt" and f["event"] == "in_charge"
    ]
    assert spell and spell[0]["date"] == "2024-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "Hull City have sacked manager Mark Holt. Holt won only three of his 14 games in charge.",
        "Hull City have sacked manager Mark Holt. He won four, drew two and lost nine of his 15 matches.",
        "Mark Holt, 48, has won five of his first eight games in charge at Hull City.",
    ],
)
def test_record_of_his_games(text):
    """'X has won three of his 11 games': the record of his spell at the club in view or named."""
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in _keys(text)


@pytest.mark.parametrize(
    "text",
    [  # a first match still to come tells no record; a player's record needs a coaching word
        "Hull City have appointed Mark Holt as manager. Holt's first match in charge will be at Leeds.",
        "Hull City striker Mark Holt has won 20 of his 30 caps for Wales.",
    ],
)
def test_no_record_no_spell(text):
    keys = _keys(text)
    assert not any(k[0] == "Mark Holt" and k[3] == "in_charge" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Mark Holt has turned down an approach from Leeds United and will remain in charge of Hull City.",
        "Mark Holt will stay on as manager of Hull City next season, the club confirmed.",
        "Mark Holt remains head coach of Hull City despite the defeat.",
        "Mark Holt, who had been linked with Leeds United, will continue as head coach of Hull City.",
        "When the offer came, Mark Holt was still Hull City's head coach.",
        "Mark Holt is still in charge of Hull City after a difficult month.",
    ],
)
def test_still_or_remaining_in_charge(text):
    """'X will remain in charge of C', 'X remains head coach of C', 'X was still C's head coach'."""
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in _keys(text)


def test_not_remaining_is_no_spell():
    """'X will not remain in charge of C': the words deny the spell going on."""
    keys = _keys("Hull City said on Monday that Mark Holt will not remain in charge of Hull City.")
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Hull City have sacked Mark Holt. He kept Hull City up last season but has won once since August.",
        "Hull City have sacked Mark Holt. Holt signed a new deal in May and kept them in the Championship.",
        "Hull City have sacked Mark Holt. The Welshman steered the side to safety in his first season.",
        'Hull City have sacked Mark Holt. A supporter said: "Holt kept us up when it looked hopeless."',
    ],
)
def test_kept_them_up(text):
    """A survival told of the coach: the club named, else the one the story ties him to."""
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in _keys(text)


def test_kept_us_up_is_his_own_club_not_the_last_named():
    """'He kept us up' after a sentence about another man's club: still the club the story gave him."""
    text = (
        "Hull City have sacked Mark Holt. Tom Reid is the favourite. "
        "Leeds United won the cup under Reid in 2019. "
        'One fan wrote: "Holt kept us up when nobody else would have."'
    )
    keys = _keys(text)
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in keys
    assert ("Mark Holt", "Leeds United", "first_team", "in_charge") not in keys


def test_a_player_keeping_them_up_is_no_coach():
    """'X scored twice and kept Hull up': with no coaching word and no coaching post, a player."""
    keys = _keys("Tom Reid scored twice and kept Hull City up on the final day.")
    assert not any(k[0] == "Tom Reid" for k in keys)


def test_his_side_is_the_club_the_story_ties_him_to():
    """'X's side lost …' with no club named, after a sentence opening on another club: the one club
    the story gave him, not the club last in view."""
    text = (
        "Hull City have sacked Mark Holt. Leeds United are also looking for a new head coach. "
        "Mark Holt's side lost four of their last five games."
    )
    keys = _keys(text)
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in keys
    assert ("Mark Holt", "Leeds United", "first_team", "in_charge") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Hull City have sacked Mark Holt. Holt, 51, won promotion in his first season but the team is 20th.",
        "Hull City have sacked Mark Holt. In his second season the Welshman lifted the FA Cup.",
        "Hull City have sacked Tom Reid. Mark Holt, in his second spell as interim manager, takes the team "
        "on Saturday.",
    ],
)
def test_spell_told_by_its_season(text):
    """'X won promotion in his first season', 'In his second season he lifted the cup', 'X, in his second
    spell as interim manager, …': a spell at the club the story ties him to, else the club in view."""
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in _keys(text)


def test_a_players_first_season_needs_a_coach():
    """'X won the Golden Boot in his first season': said of a player too; no coaching word, no spell."""
    keys = _keys("Hull City striker Tom Reid won the Golden Boot in his first season.")
    assert not any(k[0] == "Tom Reid" and k[3] == "in_charge" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Manager Mark Holt, who is in his fourth season at Hull City, has been linked with Leeds United.",
        "Leeds United want Mark Holt, who is now in his third season in charge of Hull City.",
    ],
)
def test_who_is_in_his_nth_season(text):
    """'X, who is (now) in his fourth season at C': his current post."""
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leeds United have sacked Tom Reid. At Hull City, manager Mark Holt is still waiting for a win.",
        "Leeds United have sacked Tom Reid. Over at Hull City, Mark Holt, who signed a new contract in May, "
        "is under pressure as their coach.",
    ],
)
def test_round_up_at_club_frames_the_coach(text):
    """A round-up's 'At C, X is still waiting for his first win': the coach the paragraph puts at C."""
    assert ("Mark Holt", "Hull City", "first_team", "in_charge") in _keys(text)


def test_round_up_player_is_no_coach():
    """'At C, X is still waiting for his first goal': nothing says X coaches."""
    keys = _keys("At Hull City, Tom Reid is still waiting for his first goal.")
    assert not any(k[0] == "Tom Reid" for k in keys)
