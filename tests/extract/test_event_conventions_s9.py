"""The right event when coach and club are right (own variants of wordings seen in the training sets):
a stand-in's one game is a spell (and, as unseen gold has it, still his appointment); an assistant kept
on stays in his post."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of, keys_of


# --- the one game a stand-in took, told after the fact: in_charge beside the appointment -----------
# (reading it as a spell only, no appointment, gained training facts and lost more on unseen text)
@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        (
            "Swansea City have sacked Luke Williams. First-team coach Alan Sheehan, who took temporary "
            "charge for Saturday's game, will remain on the staff.",
            "Alan Sheehan",
            "Swansea City",
            "first_team",
        ),
        (
            "Orlando Pirates parted ways with Jose Riveiro. Senior coach Mandla Ncikazi took charge of the "
            "team for Tuesday's cup match against Kaizer Chiefs as interim.",
            "Mandla Ncikazi",
            "Orlando Pirates",
            "first_team",
        ),
        (
            "Wales sacked Rob Page on Friday. Under-21 coach Matt Jones took charge of last month's friendly "
            "against Gibraltar as caretaker.",
            "Matt Jones",
            "Wales",
            "national",
        ),
    ],
)
def test_one_game_taken_is_a_spell(text: str, coach: str, club: str, squad: str) -> None:
    assert (coach, club, squad, "in_charge") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad"),
    [
        # the future: the news of a stand-in named for the next game
        (
            "Crystal Palace confirmed that assistant Paddy McCarthy will take charge of Monday's game at "
            "Everton.",
            "Paddy McCarthy",
            "Crystal Palace",
            "first_team",
        ),
        # a run of games ("for the remaining games"): the gold sets keep these as the stand-in's appointment
        (
            "Everton sacked Mark Tully. Assistant Chloe Ward took interim charge for the "
            "remaining games of the WSL campaign.",
            "Chloe Ward",
            "Everton",
            "first_team",
        ),
        # no game named: an appointment
        (
            "Blackburn Rovers sacked Jon Dahl Tomasson. Mike Sheron took temporary charge on Monday.",
            "Mike Sheron",
            "Blackburn Rovers",
            "first_team",
        ),
    ],
)
def test_coming_game_or_run_of_games_stays_an_appointment(
    text: str, coach: str, club: str, squad: str
) -> None:
    assert (coach, club, squad, "appointed") in keys_of(text)


# --- an assistant who ran the team and stays on as assistant: his post goes on ------------------
@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Colorado Rapids have hired Tom Baird. Assistant coach Ray Dunn, who was in charge for "
            "two matches after Hale's exit, will stay on as an assistant.",
            "Ray Dunn",
            "Colorado Rapids",
        ),
        (
            "Charlotte FC appointed Dean Smith as head coach. First-team coach Christian Fuchs, who led "
            "the side on an interim basis for two matches, will remain on staff as an assistant.",
            "Christian Fuchs",
            "Charlotte FC",
        ),
    ],
)
def test_titled_assistant_kept_on_is_in_charge(text: str, coach: str, club: str) -> None:
    keys = keys_of(text)
    assert (coach, club, "first_team", "in_charge") in keys
    assert (coach, club, "first_team", "appointed") not in keys


def test_untitled_stand_in_kept_on_as_assistant_is_appointed() -> None:
    """No staff title before his name: the stand-in is given the assistant's post."""
    text = (
        "San Diego Wave named Karin Olsen as head coach. Paul Reyes, who has won three of his five "
        "games as interim coach, will stay on the staff as an assistant."
    )
    assert ("Paul Reyes", "San Diego Wave FC", "appointed") in events_of(text)


def test_titled_assistant_kept_on_as_new_mans_aide_is_appointed() -> None:
    """'… will stay on as Y's assistant': a post under the new man, an appointment."""
    text = (
        "St Mirren have appointed Ian Moffat as manager. First-team coach Alan Reid, who led the "
        "side on an interim basis for three matches, will stay on as Moffat's assistant."
    )
    assert ("Alan Reid", "St Mirren", "appointed") in events_of(text)


def test_leaving_head_coach_final_game_is_no_spell() -> None:
    """'took charge of one final game before leaving': his spell's last game, not a spell of its own."""
    text = (
        "Gareth Southgate resigned as England manager on Tuesday. Southgate took charge of one final game, a "
        "2-1 win over Serbia, before leaving."
    )
    assert ("Gareth Southgate", "England", "in_charge") not in events_of(text)


# --- a youth coach who led the senior side as a stand-in: his post and the stand-in spell ----------
@pytest.mark.parametrize(
    ("text", "coach", "club", "youth"),
    [
        (
            "Ecuador have appointed Luis Vera as head coach. Under-20 coach Diego Paz led the "
            "side on an interim basis for three friendlies in June, and will return to his youth role.",
            "Diego Paz",
            "Ecuador",
            "national_u20",
        ),
        (
            "Peru named Jorge Fossati as head coach on Tuesday. Under-23 coach José Guillermo del Solar led "
            "the team as interim for the remaining qualifiers and will now concentrate on the Olympic "
            "tournament.",
            "José Guillermo del Solar",
            "Peru",
            "national_u23",
        ),
    ],
)
def test_youth_coach_stand_in_spell_kept_beside_his_post(
    text: str, coach: str, club: str, youth: str
) -> None:
    facts = facts_of(text)
    found = {(f["coach"], f["club"], f["squad"], f["event"], f["role"]) for f in facts}
    assert (coach, club, youth, "in_charge", "head_coach") in found
    assert (coach, club, "national", "in_charge", "caretaker") in found


def test_led_the_team_without_stand_in_words_is_no_caretaker() -> None:
    """'led the team to the title': the head coach's own spell, no stand-in role."""
    text = (
        "Peru named Jorge Fossati as head coach on Tuesday. Ricardo Gareca led the team to the 2018 World "
        "Cup."
    )
    roles = {f["role"] for f in facts_of(text) if f["coach"] == "Ricardo Gareca"}
    assert "caretaker" not in roles


# --- "will leave A to take charge of C": the move told as news is his appointment at C ------------
@pytest.mark.parametrize(
    ("text", "coach", "new_club", "old_club"),
    [
        (
            "Celtic manager Brendan Rodgers will leave the Scottish champions to take charge of Leicester "
            "City, the club said on Monday.",
            "Brendan Rodgers",
            "Leicester City",
            "Celtic",
        ),
        (
            "Fluminense need a successor for Renato Dias, who leaves the club to take charge "
            "of Al-Sadd in Qatar.",
            "Renato Dias",
            "Al-Sadd",
            "Fluminense",
        ),
        (
            "Shimizu S-Pulse coach Tadahiro Akiba leaves the club to take over J1 side Kashima Antlers.",
            "Tadahiro Akiba",
            "Kashima Antlers",
            "Shimizu S-Pulse",
        ),
    ],
)
def test_leaves_to_take_charge_is_appointed_there(
    text: str, coach: str, new_club: str, old_club: str
) -> None:
    events = events_of(text)
    assert (coach, new_club, "appointed") in events
    assert (coach, old_club, "left") in events


@pytest.mark.parametrize(
    "text",
    [
        # no move to a club: he leaves for something else
        "Arsenal manager Mikel Arteta will leave the training ground early to watch Chelsea play Leeds.",
        # a player's move in a coach's story: the move talk yields to the story's coach
        "Tottenham Hotspur appointed Ange Postecoglou as manager on Tuesday. Harry Kane will leave "
        "Tottenham Hotspur to join Bayern Munich.",
    ],
)
def test_leaving_without_a_coaching_move_is_no_appointment(text: str) -> None:
    assert not any(e[2] == "appointed" and e[0] != "Ange Postecoglou" for e in events_of(text))
