"""A stand-in going back to his post on the first team's staff ("X, who took caretaker charge, will remain
on the staff", "X, who led the side as interim coach, goes back to his role as an assistant"): the staff
post is told (in_charge as assistant), beside his stand-in spell. Not a youth side he goes back to running
(his post there is read by returns-to-squad-post), not a hedged stay, not a stand-in who leaves."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _assistant_posts(text: str, coach: str) -> set[tuple[str, str]]:
    """The coach's assistant posts read from the text, as (club, squad)."""
    return {
        (f["club"], f["squad"])
        for f in facts_of(text)
        if f["coach"] == coach and f["role"] == "assistant_coach" and f["event"] == "in_charge"
    }


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        pytest.param(
            "Stoke City have appointed Tom Baxter as manager. Neil Carver, who was in temporary charge for "
            "four matches, will remain part of the backroom staff.",
            "Neil Carver",
            "Stoke City",
            id="who_was_in_temporary_charge_will_remain_part_of_the_backroom_staff",
        ),
        pytest.param(
            "Portland Timbers have named Ian Hart as head coach. Luis Ortega, who led the team as interim "
            "coach through the playoffs, will return to his role as an assistant.",
            "Luis Ortega",
            "Portland Timbers",
            id="who_led_the_team_as_interim_will_return_to_his_role_as_an_assistant",
        ),
        pytest.param(
            "Hibernian have hired Paul Dunn as head coach. Gary Moss took charge of Saturday's draw as "
            "caretaker and will stay on the coaching staff.",
            "Gary Moss",
            "Hibernian",
            id="took_charge_as_caretaker_and_will_stay_on_the_staff",
        ),
    ],
)
def test_stand_in_staying_on_the_staff_holds_an_assistant_post(text: str, coach: str, club: str) -> None:
    assert (club, "first_team") in _assistant_posts(text, coach)


@pytest.mark.parametrize(
    "text",
    [
        # a youth coach who stood in goes back to his youth side, not to the first team's staff
        pytest.param(
            "Luton Town have appointed Tom Baxter as manager. Neil Carver, who took caretaker charge for the "
            "last three games, will return to his role as under-21s coach.",
            id="youth_coach_standing_in_keeps_his_youth_post_only",
        ),
        # an ex-player who stood in and stays at the club in another capacity is no assistant
        pytest.param(
            "Luton Town have appointed Tom Baxter as manager. Former striker Neil Carver, who took caretaker "
            "charge for the last three games, will remain at the club as an ambassador.",
            id="former_player_stand_in_who_stays_at_the_club_holds_no_staff_post",
        ),
        # a stand-in who leaves when the new man arrives goes back to no post
        pytest.param(
            "Luton Town have appointed Tom Baxter as manager. Neil Carver, who took caretaker charge for the "
            "last three games, will leave the club.",
            id="stand_in_who_leaves_holds_no_staff_post",
        ),
        # 'is expected to stay on as an assistant' is only a prospect
        pytest.param(
            "Luton Town have appointed Tom Baxter as manager. Neil Carver, who took caretaker charge for the "
            "last three games, is expected to stay on as an assistant.",
            id="hedged_stay_is_no_post_told",
        ),
    ],
)
def test_near_misses_hold_no_staff_post(text: str) -> None:
    assert not _assistant_posts(text, "Neil Carver")
