"""Which club a fact whose own words name none belongs to, as a story moves between clubs: the
story's club (the headline's), a club the appointee left, a club a sentence opens with."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _clubs(text: str, coach: str, event: str, **kw: str) -> set[str]:
    return {f["club"] for f in facts_of(text, **kw) if f["coach"] == coach and f["event"] == event}


def test_club_the_appointee_left_is_an_aside_not_the_club_in_view():
    text = (
        "Norwich City have appointed Tom Baker as their new head coach. "
        "Baker leaves Exeter City, where he spent two seasons. "
        "Exeter City are fifth in League One. "
        "He succeeds Sam Reed, who was dismissed on Monday. "
        "Norwich City are 12th in the Championship."
    )
    assert _clubs(text, "Sam Reed", "dismissed") == {"Norwich City"}


def test_club_the_appointee_was_sacked_by_is_an_aside_too():
    text = (
        "Hull City have named Ryan Lowe as manager. "
        "Lowe was sacked by Preston North End in August. "
        "He had spent two years there and reached the play-offs once. "
        "Hull City finished 14th last season. "
        "Preston North End are now eighth under his successor. "
        "Lowe replaces Liam Rosenior, who was dismissed last week. "
        "Hull City host Leeds United on Saturday, and Hull City fans expect a win."
    )
    assert _clubs(text, "Liam Rosenior", "dismissed") == {"Hull City"}


def test_sentence_naming_the_story_club_wins_over_the_club_that_opened_the_last_one():
    text = (
        "Sunderland have appointed Mark Dale as head coach. "
        "Sunderland beat Middlesbrough last week. "
        "Middlesbrough are also looking for a manager. "
        "Dale succeeds Tony Mills, who was sacked last month with Sunderland tenth in the table."
    )
    assert _clubs(text, "Tony Mills", "dismissed") == {"Sunderland"}


def test_club_a_sentence_opens_with_still_holds_when_the_story_club_is_only_stayed_at():
    text = (
        "Diego Ruiz has turned down Valencia. "
        "Ruiz coaches the under-19s at Sevilla and Sevilla want to keep him at Sevilla. "
        "Valencia made an offer for him last week. "
        "Before Pablo Mora took over, Ruiz decided to remain at Sevilla."
    )
    assert _clubs(text, "Pablo Mora", "appointed") == {"Valencia"}


def test_headline_club_is_the_story_club_even_when_a_former_club_is_named_more():
    text = (
        "Hull City have appointed former Preston North End boss Ryan Lowe as head coach. "
        "Lowe spent three years at Preston North End and took Preston North End to the play-offs. "
        "He replaces Liam Rosenior, who was dismissed last week."
    )
    assert _clubs(text, "Liam Rosenior", "dismissed", title="Hull City appoint Ryan Lowe as head coach") == {
        "Hull City"
    }
    assert ("Ryan Lowe", "Hull City", "first_team", "appointed") in keys_of(text)


def test_headline_telling_an_appointment_as_its_object():
    text = (
        "Portugal named Ange Kovac as the new coach of the national team on Thursday. "
        "Kovac had led Celtic since 2021 and won two titles with Celtic. "
        "Celtic are top of the league. "
        "He replaces Bruno Lage, who resigned in June."
    )
    title = "Ange Kovac named Portugal head coach"
    assert _clubs(text, "Bruno Lage", "resigned", title=title) == {"Portugal"}


def test_career_sentence_opening_on_the_coach_is_about_the_club_it_names():
    text = (
        "Hull City have appointed Dean Holt as head coach. "
        "Hull City are 20th in the Championship. "
        "Holt joined Bristol Rovers as a player-coach under Gary Pike in 2019, and when Pike was sacked "
        "in November he took temporary charge. "
        "Within days he was given the job permanently. "
        "Hull City play Leeds United on Saturday."
    )
    assert _clubs(text, "Gary Pike", "dismissed") == {"Bristol Rovers"}
    assert ("Dean Holt", "Bristol Rovers", "first_team", "appointed") in keys_of(text)


def test_career_sentence_with_a_participle_replacing_someone():
    text = (
        "Lyon have named Paulo Sousa as coach. Lyon are ninth. Lyon lost again on Sunday. "
        "In Portugal, Rui Costa won his first match in charge of Benfica on Saturday, having been "
        "appointed last week to replace the sacked Bruno Lage."
    )
    assert _clubs(text, "Bruno Lage", "dismissed") == {"Benfica"}


def test_no_career_club_from_a_pluperfect_aside_or_another_mans_side():
    text = (
        "Hull City have appointed Dean Holt as head coach. "
        "Holt had spent two years at Bristol Rovers. "
        "He replaces Tim Walsh, who was sacked on Monday. "
        "Holt paid the price for a defeat at the hands of Pike's Bristol Rovers, and he was sacked in May."
    )
    assert _clubs(text, "Tim Walsh", "dismissed") == {"Hull City"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At Burnley he had replaced Lee Dunn in 2019.",
        "At Burnley, he had replaced Lee Dunn in 2019.",
        "At Burnley Reid had replaced Lee Dunn in 2019.",
    ],
)
def test_a_sentence_opening_at_a_club_is_about_that_club(sentence: str) -> None:
    keys = keys_of("Tom Reid has been named Everton manager. " + sentence)
    assert ("Lee Dunn", "Burnley", "first_team", "left") in keys
    assert ("Lee Dunn", "Everton", "first_team", "left") not in keys


def test_previous_post_told_as_background_does_not_move_the_story() -> None:
    keys = keys_of(
        "Manchester United have appointed Marc Skinner as head coach of their women's team. "
        "He previously managed Birmingham City Women for three years, leading them to the 2017 FA Cup final. "
        "Skinner will be assisted by Martin Ho, who joins from Manchester City's academy."
    )
    assert ("Martin Ho", "Manchester United", "women", "appointed") in keys
    assert not {k for k in keys if k[0] == "Martin Ho" and k[1] == "Birmingham City"}


def test_contrast_clause_takes_no_club_from_the_clause_before() -> None:
    keys = keys_of(
        "Manchester United have appointed Marc Skinner as head coach of their women's team. Skinner will "
        "be assisted by Martin Ho, who joins from Manchester City's academy, while goalkeeping coach Ian "
        "Willcock stays on."
    )
    assert not {k for k in keys if k[0] == "Ian Willcock" and k[1] == "Manchester City"}
    assert ("Ian Willcock", "Manchester United", "women", "in_charge") in keys


def test_left_to_take_charge_elsewhere_leaves_the_post_the_story_gave_him() -> None:
    keys = keys_of(
        "Manchester United have appointed Marc Skinner as head coach of their women's team, following Casey "
        "Stoney's departure. Stoney left in May to take charge of NWSL expansion team San Diego Wave."
    )
    assert ("Casey Stoney", "Manchester United", "women", "left") in keys
    assert ("Casey Stoney", "San Diego Wave FC", "women", "appointed") in keys


def test_where_clause_is_about_the_club_before_it() -> None:
    keys = keys_of(
        "Blackburn Rovers confirmed the appointment of John Eustace as their new manager. Eustace, 44, "
        "leaves Birmingham City, where he was replaced by Wayne Rooney in October."
    )
    assert ("Wayne Rooney", "Birmingham City", "first_team", "appointed") in keys
    assert ("Wayne Rooney", "Blackburn Rovers", "first_team", "appointed") not in keys
    assert ("John Eustace", "Blackburn Rovers", "first_team", "left") not in keys
