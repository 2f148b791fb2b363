"""More plain news phrasings written for these tests: candidate lists, staff following a
manager, returns, 'managed by', 'as X manager'."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burnley sacked Tom Reid on Monday. Local papers have named Marco Silvani, Erik Lund and "
            "Jean Morel as possible candidates.",
            ("Erik Lund", "Burnley", "first_team", "linked"),
        ),
        (
            "Burnley sacked Tom Reid on Monday. The club had also considered Marco Silvani and Erik Lund "
            "before deciding on an internal appointment.",
            ("Erik Lund", "Burnley", "first_team", "linked"),
        ),
        (
            "Everton have appointed Pieter Claes. Claes' assistants Marco Silvani and Erik Lund follow him "
            "to Everton.",
            ("Erik Lund", "Everton", "first_team", "appointed"),
        ),
        (
            "Everton have appointed Pieter Claes. Claes will bring his long-time assistants Marco Silvani "
            "and Erik Lund with him.",
            ("Marco Silvani", "Everton", "first_team", "appointed"),
        ),
        (
            "Everton have appointed Pieter Claes. Claes will be joined by his assistant Erik Lund.",
            ("Erik Lund", "Everton", "first_team", "appointed"),
        ),
        (
            "Erik Lund has returned to Burnley as interim manager after Tom Reid was sacked.",
            ("Erik Lund", "Burnley", "first_team", "appointed"),
        ),
        (
            "Everton sacked Tom Reid. Their next game is against Burnley, managed by Erik Lund.",
            ("Erik Lund", "Burnley", "first_team", "in_charge"),
        ),
        (
            "Everton sacked Tom Reid. Reid won two league titles as Burnley manager from 2010 to 2014.",
            ("Tom Reid", "Burnley", "first_team", "in_charge"),
        ),
    ],
)
def test_more_phrasing(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_considered_list_is_not_an_appointment() -> None:
    keys = keys_of(
        "Burnley sacked Tom Reid on Monday. Local papers have named Marco Silvani and Erik Lund as "
        "possible candidates."
    )
    assert not any(k[3] == "appointed" and k[0] in ("Marco Silvani", "Erik Lund") for k in keys)
    assert ("Erik Lund", "Burnley", "first_team", "linked") in keys


def test_sacked_following_a_defeat_names_no_sacked_person() -> None:
    keys = keys_of(
        "Burnley have appointed Tom Reid, who was sacked following a defeat in Marco Silvani's home town."
    )
    assert not any(k[0] == "Marco Silvani" and k[3] == "dismissed" for k in keys)
    assert ("Tom Reid", "Burnley", "first_team", "appointed") in keys


def test_replacing_someone_who_left_for_another_club() -> None:
    keys = keys_of(
        "Burnley have confirmed Tom Reid as their new head coach, replacing Erik Lund, "
        "who has left for Everton."
    )
    assert ("Erik Lund", "Everton", "first_team", "left") not in keys
    assert ("Erik Lund", "Everton", "first_team", "appointed") in keys


def test_former_clubs_coach_list() -> None:
    keys = keys_of(
        "Everton have appointed Tom Reid, the former Burnley and Celtic coach, on a two-year deal."
    )
    assert ("Tom Reid", "Burnley", "first_team", "in_charge") in keys
    assert ("Tom Reid", "Celtic", "first_team", "in_charge") in keys


def test_opponent_possessive_is_not_the_coachs_club() -> None:
    keys = keys_of(
        "Everton won 2-0. Marco Silvani had a goal ruled out as Everton's high line repeatedly caught "
        "Erik Lund's team out."
    )
    assert ("Erik Lund", "Everton", "first_team", "in_charge") not in keys


def _fact(text: str, coach: str, event: str, published: str = "2024-03-12") -> dict:
    from extract_helpers import facts_of

    return next(f for f in facts_of(text, published) if f["coach"] == coach and f["event"] == event)


def test_contract_end_is_not_the_appointment_date() -> None:
    f = _fact(
        "Burnley have appointed Tom Reid as their head coach, on terms until the end of the "
        "2026-27 campaign, a day after sacking Erik Lund.",
        "Tom Reid",
        "appointed",
    )
    assert f["date"] != "2026-07-01"


def test_lead_in_present_perfect_is_dated_by_publication() -> None:
    f = _fact("Burnley have appointed Tom Reid as their new head coach.", "Tom Reid", "appointed")
    assert (f["date"], f["date_precision"]) == ("2024-03-12", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Everton have appointed Tom Reid. Reid previously worked as an assistant to Erik Lund at "
            "Burnley and Celtic.",
            ("Tom Reid", "Celtic", "first_team", "in_charge"),
        ),
        (
            "Everton have appointed Tom Reid. Reid previously worked as an assistant to Erik Lund at "
            "Burnley and Celtic.",
            ("Erik Lund", "Burnley", "first_team", "in_charge"),
        ),
        (
            "Everton have sacked Tom Reid. Reid's assistants Marco Silvani and Erik Lund leave along "
            "with him.",
            ("Erik Lund", "Everton", "first_team", "left"),
        ),
        (
            "Everton have appointed Tom Reid. Erik Lund, who led the side as caretaker, will return to his "
            "role as an assistant.",
            ("Erik Lund", "Everton", "first_team", "left"),
        ),
        (
            "Everton have sacked Tom Reid. First-team coach Erik Lund will remain in caretaker charge for "
            "Sunday's game.",
            ("Erik Lund", "Everton", "first_team", "in_charge"),
        ),
        (
            "Everton have appointed Tom Reid. Reid most recently coached Burnley, leaving in 2020.",
            ("Tom Reid", "Burnley", "first_team", "left"),
        ),
        (
            "Burnley have appointed Erik Lund. Tom Reid, 50, is out of work after 18 months in charge "
            "at Everton.",
            ("Tom Reid", "Everton", "first_team", "in_charge"),
        ),
    ],
)
def test_staff_and_spell_phrasing(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Everton sacked Tom Reid on October 28, with Erik Lund placed in temporary charge.",
            ("Erik Lund", "Everton", "first_team", "appointed"),
            None,
        ),
        (
            "Everton sacked coach Tom Reid on Monday and replaced him with former Burnley boss Erik Lund.",
            ("Erik Lund", "Everton", "first_team", "appointed"),
            ("Tom Reid", "Burnley", "first_team", "left"),
        ),
        (
            "Everton sacked Tom Reid on Saturday, hours after losing 3-1 at home to Burnley, and assistant "
            "Erik Lund will lead the side on an interim basis.",
            ("Erik Lund", "Everton", "first_team", "appointed"),
            ("Erik Lund", "Burnley", "first_team", "appointed"),
        ),
    ],
)
def test_post_not_opponent_or_former_club(
    text: str, expected: tuple[str, str, str, str], absent: tuple[str, str, str, str] | None
) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert absent not in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Everton have sacked Tom Reid. Reid was dismissed on Tuesday along with his assistant Erik Lund "
            "after a run of poor results.",
            ("Erik Lund", "Everton", "first_team", "dismissed"),
        ),
        (
            "Burnley have appointed Erik Lund. Tom Reid left Everton along with his assistant Marco Silvani.",
            ("Marco Silvani", "Everton", "first_team", "left"),
        ),
        (
            "Burnley sacked Erik Lund. Tom Reid joined Everton on November 11 as head coach.",
            ("Tom Reid", "Everton", "first_team", "appointed"),
        ),
        (
            "Everton had first approached club legend Tom Reid, but he turned the offer down.",
            ("Tom Reid", "Everton", "first_team", "offer"),
        ),
    ],
)
def test_along_with_joined_approached(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_promoted_from_the_reserve_team() -> None:
    keys = keys_of(
        "Everton have sacked Tom Reid. Erik Lund was promoted from Everton B, the club's reserve team, "
        "and was presented on Monday."
    )
    assert ("Erik Lund", "Everton", "reserve", "left") in keys
    assert ("Erik Lund", "Everton", "first_team", "appointed") in keys
    assert ("Erik Lund", "Everton", "reserve", "appointed") not in keys


def test_having_previously_coached_is_the_subjects_spell() -> None:
    keys = keys_of(
        "Tom Reid replaced Erik Lund at Everton in January 2016, having previously coached Burnley."
    )
    assert ("Tom Reid", "Burnley", "first_team", "in_charge") in keys
    assert ("Erik Lund", "Burnley", "first_team", "in_charge") not in keys


def test_shared_surname_goes_to_the_known_coach() -> None:
    keys = keys_of(
        "Burnley have appointed Tom Reid. Herve Renard was also interviewed. Captain Wendie Renard "
        "welcomed the decision. Renard previously coached Morocco."
    )
    assert not any(k[0] == "Wendie Renard" for k in keys)
    assert ("Tom Reid", "Burnley", "first_team", "appointed") in keys


def test_date_in_an_aside_is_not_the_main_event() -> None:
    f = _fact(
        "Burnley have appointed Erik Lund. Lund, who won the league in 2014, joins from Everton.",
        "Erik Lund",
        "left",
    )
    assert f["date"] != "2014-01-01"


def test_assistant_leaving_takes_the_managers_date() -> None:
    f = _fact(
        "Everton sacked Tom Reid on March 3. His assistant Erik Lund also leaves the club.",
        "Erik Lund",
        "left",
    )
    assert f["date"] == "2024-03-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Real Madrid sacked Tom Reid. Spanish media have named Tottenham's Mauricio Pochettino as the "
            "favourite.",
            ("Mauricio Pochettino", "Tottenham Hotspur", "first_team", "in_charge"),
        ),
        (
            "Everton have appointed Tom Reid. Reid won two titles with Burnley and left Celtic in January.",
            ("Tom Reid", "Celtic", "first_team", "left"),
        ),
        (
            "Everton have appointed Tom Reid. Reid was chosen to replace Erik Lund.",
            ("Erik Lund", "Everton", "first_team", "left"),
        ),
        (
            "Everton have appointed Tom Reid, who arrived in substitution of Erik Lund.",
            ("Erik Lund", "Everton", "first_team", "left"),
        ),
    ],
)
def test_possessive_club_and_replacements(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_club_possessive_player_is_not_a_coach() -> None:
    keys = keys_of("Everton have appointed Tom Reid. Burnley's Marco Silvani scored twice on Sunday.")
    assert not any(k[0] == "Marco Silvani" for k in keys)
    assert ("Tom Reid", "Everton", "first_team", "appointed") in keys


def test_assistants_following_their_manager_leave_his_old_club() -> None:
    keys = keys_of(
        "Tom Reid has left Celtic for Everton. Reid's assistants Marco Silvani and Erik Lund follow him "
        "to Everton."
    )
    assert ("Erik Lund", "Celtic", "first_team", "left") in keys
    assert ("Marco Silvani", "Everton", "first_team", "appointed") in keys


def test_quit_to_take_over_elsewhere_resigns_the_old_club() -> None:
    keys = keys_of(
        "Erik Lund is back at Celtic as interim manager for the rest of the campaign after Tom Reid "
        "quit the club to take over at Everton."
    )
    assert ("Tom Reid", "Celtic", "first_team", "resigned") in keys
    assert ("Tom Reid", "Everton", "first_team", "resigned") not in keys


def test_replacing_someone_who_left_for_another_club_leaves_the_post() -> None:
    keys = keys_of(
        "Burnley have confirmed Tom Reid as their new head coach, replacing Erik Lund, "
        "who has left for Everton. Everton paid compensation to Burnley. Everton are happy."
    )
    assert ("Erik Lund", "Burnley", "first_team", "left") in keys


def test_named_first_team_days_after_a_youth_appointment() -> None:
    keys = keys_of(
        "Everton sacked Tom Reid on Saturday and named Erik Lund as his replacement, only nine days "
        "after Lund had been appointed coach of the club's Under-23 side."
    )
    assert ("Erik Lund", "Everton", "first_team", "appointed") in keys
    assert ("Erik Lund", "Everton", "u23", "left") in keys
    assert ("Erik Lund", "Everton", "first_team", "left") not in keys


def test_took_over_from_someone_who_left_to_become_another_clubs_manager() -> None:
    keys = keys_of(
        "Everton sacked Tom Reid. Reid, 50, only took over in the summer from Erik Lund, who left to "
        "become Burnley manager."
    )
    assert ("Tom Reid", "Everton", "first_team", "appointed") in keys
    assert ("Erik Lund", "Burnley", "first_team", "appointed") in keys


def test_leaving_a_post_also_tells_the_spell() -> None:
    keys = keys_of(
        "Burnley have appointed Tom Reid. Reid, 54, leaves his post as coach of Everton, "
        "whom he led to the title."
    )
    assert ("Tom Reid", "Everton", "first_team", "left") in keys
    assert ("Tom Reid", "Everton", "first_team", "in_charge") in keys


def test_leaves_role_as_assistant_to_someone_at_a_club() -> None:
    keys = keys_of(
        "Burnley have appointed Tom Reid. Reid leaves his role as assistant to Erik Lund at Everton."
    )
    assert ("Tom Reid", "Everton", "first_team", "left") in keys


def test_an_earlier_rumour_survives_the_appointment() -> None:
    keys = keys_of(
        "Everton have appointed Tom Reid as their new manager. Reid, who played 150 times for Everton, "
        "had been linked with the job in 2018 before Erik Lund was chosen."
    )
    assert ("Tom Reid", "Everton", "first_team", "linked") in keys
    assert ("Tom Reid", "Everton", "first_team", "appointed") in keys


def test_a_rumour_then_the_appointment_is_one_appointment() -> None:
    keys = keys_of("Tom Reid, linked with the job last week, has been appointed Everton manager.")
    assert ("Tom Reid", "Everton", "first_team", "linked") not in keys
    assert ("Tom Reid", "Everton", "first_team", "appointed") in keys


def test_a_womens_coach_other_clubs_are_womens_teams() -> None:
    keys = keys_of(
        "Sara Lind was hired on Friday to coach the U.S. women's national team. Lind previously "
        "coached Burnley, who ended fourth in the Women's Super League."
    )
    assert ("Sara Lind", "Burnley", "women", "in_charge") in keys


def test_club_being_left_is_not_the_new_post() -> None:
    keys = keys_of(
        "Burnley have appointed Tom Reid as head coach. Reid, who will leave Everton, takes charge on "
        "November 1. Everton said they were disappointed at the manner of his departure."
    )
    assert ("Tom Reid", "Everton", "first_team", "appointed") not in keys
    assert ("Tom Reid", "Burnley", "first_team", "left") not in keys
    assert ("Tom Reid", "Burnley", "first_team", "appointed") in keys


def test_caretaker_who_will_now_leave() -> None:
    keys = keys_of(
        "Burnley have appointed Tom Reid. Erik Lund stepped in as caretaker for the last weeks of "
        "the campaign but will now leave the club."
    )
    assert ("Erik Lund", "Burnley", "first_team", "in_charge") in keys
    assert ("Erik Lund", "Burnley", "first_team", "left") in keys
    assert ("Erik Lund", "Burnley", "first_team", "appointed") not in keys


def test_assistants_remain_part_of_his_staff() -> None:
    keys = keys_of(
        "Everton have appointed Tom Reid on a permanent basis. The club said assistants Marco Silvani and "
        "Erik Lund are expected to remain part of his staff."
    )
    assert ("Erik Lund", "Everton", "first_team", "in_charge") in keys
    assert ("Marco Silvani", "Everton", "first_team", "in_charge") in keys


def test_caretaker_who_has_led_the_side() -> None:
    keys = keys_of(
        "Everton sacked Tom Reid. Until then Erik Lund, who has led the side since Reid was dismissed on "
        "Monday, March 4, continues in caretaker charge."
    )
    assert ("Erik Lund", "Everton", "first_team", "in_charge") in keys


def test_a_past_reserve_spell_does_not_make_the_resignation_the_reserves() -> None:
    keys = keys_of(
        "Tom Reid has stepped down as Everton coach. Reid replaced Erik Lund in 2016, having previously "
        "coached Everton B, the club's reserve side."
    )
    assert ("Tom Reid", "Everton", "first_team", "resigned") in keys
    assert ("Tom Reid", "Everton", "reserve", "resigned") not in keys
