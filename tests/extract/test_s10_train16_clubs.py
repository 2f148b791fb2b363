"""Coaches found with the wrong club or none (session 10, the extract_train16 misses): careers set out
as CVs (after a colon with bracketed years, or as year lines under a heading), reserve sides of MLS clubs
named as their own teams, and a gerund after "to replace Y" told of the man hired (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- a CV after a colon: "His career as coach: A (2012-2015), B (2016-2018) …" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leeds named Tom Jones as head coach on Monday. His career as coach: Lanús (2010-2013), Boca Juniors "
        "(2014-2016), LA Galaxy (2017-2019) and the Paraguay national team (2020-2023).",
        "Leeds named Tom Jones as head coach on Monday. Jones's coaching career: Lanús (2010-2013), Boca "
        "Juniors (2014-2016), LA Galaxy (2017-2019) and the Paraguay national team (2020-2023).",
    ],
)
def test_a_cv_after_a_colon_gives_each_club_a_spell(text: str) -> None:
    keys = keys_of(text)
    for club, squad in (
        ("Lanús", "first_team"),
        ("Boca Juniors", "first_team"),
        ("LA Galaxy", "first_team"),
        ("Paraguay", "national"),
    ):
        assert ("Tom Jones", club, squad, "in_charge") in keys


def test_a_long_career_with_national_teams_two_spells_in_one_bracket() -> None:
    text = (
        "Peru named Tom Jones as coach on Tuesday. Jones, 66, nicknamed 'The Professor', has a long career "
        "with national teams: Chile (1996-1999 and 2009-2010), Bolivia (2000-2003), Honduras (2005-2007) "
        "and Costa Rica (2012-2016)."
    )
    keys = keys_of(text)
    for club in ("Chile", "Bolivia", "Honduras", "Costa Rica"):
        assert ("Tom Jones", club, "national", "in_charge") in keys


def test_dates_of_a_cv_after_a_colon_are_each_clubs_own() -> None:
    text = (
        "Leeds named Tom Jones as head coach on Monday. His career as coach: Lanús (2010-2013) and "
        "Boca Juniors (2014-2016)."
    )
    dated = {f["club"]: f["date"] for f in facts_of(text) if f["event"] == "in_charge"}
    assert dated == {"Lanús": "2010-01-01", "Boca Juniors": "2014-01-01"}


@pytest.mark.parametrize(
    "text",
    [
        # a playing career is no coaching spell
        "Leeds named Tom Jones as head coach on Monday. His playing career: Lanús (1995-2000), Boca "
        "Juniors (2001-2005) and LA Galaxy (2006-2008).",
        # no years in brackets: not set out as a CV
        "Leeds named Tom Jones as head coach on Monday. His coaching career: a long road through Lanús "
        "and Boca Juniors.",
    ],
)
def test_no_spells_from_a_playing_cv_or_a_colon_without_a_cv(text: str) -> None:
    clubs = {f["club"] for f in facts_of(text) if f["event"] == "in_charge"}
    assert not clubs & {"Lanús", "Boca Juniors", "LA Galaxy"}


# --- a CV as year lines under a heading --------------------------------------------------------------


def test_year_lines_under_a_coaching_career_heading() -> None:
    text = (
        "Málaga have named Tom Jones as head coach. Jones, 52, was sacked by Getafe in May. "
        "His coaching career:\n2012-2014: Celta Vigo\n2015: Athletic Club\n2016-2019: Paraguay\n\n"
        "He starts work on Monday."
    )
    facts = [f for f in facts_of(text) if f["event"] == "in_charge"]
    got = {(f["coach"], f["club"], f["squad"], f["date"]) for f in facts}
    assert ("Tom Jones", "Celta Vigo", "first_team", "2012-01-01") in got
    assert ("Tom Jones", "Athletic Bilbao", "first_team", "2015-01-01") in got
    assert ("Tom Jones", "Paraguay", "national", "2016-01-01") in got


def test_a_cv_line_whose_club_is_also_a_surname() -> None:
    text = (
        "Colo-Colo have named Tom Jones as head coach. Jones's managerial career in brief:\n"
        "2011-13: O'Higgins"
    )
    assert ("Tom Jones", "O'Higgins FC", "first_team", "in_charge") in keys_of(text)


def test_a_previously_line_under_a_named_heading() -> None:
    text = (
        "Schalke 04 have appointed Tom Jones as their new head coach.\n\nJones's coaching career:\n"
        "Previously: Go Ahead Eagles (2017–2020), FC Utrecht (2020–2023)\n\nHe starts on Monday."
    )
    got = {(f["club"], f["date"]) for f in facts_of(text) if f["event"] == "in_charge"}
    assert ("Go Ahead Eagles", "2017-01-01") in got
    assert ("FC Utrecht", "2020-01-01") in got


@pytest.mark.parametrize(
    "text",
    [
        # a playing career's lines
        "Schalke 04 have appointed Tom Jones as their new head coach. His playing career:\n2001-2005: Celta "
        "Vigo\n2006-2009: FC Utrecht",
        # year lines with no heading: a fixture list, a timeline of the club
        "Schalke 04 have appointed Tom Jones as their new head coach. Results so far.\n2001-2005: Celta "
        "Vigo\n2006-2009: FC Utrecht",
    ],
)
def test_no_spells_from_year_lines_without_a_coaching_heading(text: str) -> None:
    clubs = {f["club"] for f in facts_of(text) if f["event"] == "in_charge"}
    assert not clubs & {"Celta Vigo", "FC Utrecht"}


# --- MLS reserve sides named as teams of their own ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Union II head coach Tom Jones will stay in his role with the club's reserve side.",
            "Philadelphia Union",
        ),
        (
            "Tom Jones, who led Columbus Crew 2 to the title in 2022, was sacked by Toronto FC.",
            "Columbus Crew",
        ),
        ("FC Dallas have promoted Tom Jones from North Texas SC, which he led to the title.", "FC Dallas"),
        ("Tom Jones has coached Houston Dynamo 2 since 2023.", "Houston Dynamo"),
    ],
)
def test_an_mls_reserve_side_is_the_clubs_reserve_squad(text: str, club: str) -> None:
    assert ("Tom Jones", club, "reserve", "in_charge") in keys_of(text)


def test_a_score_after_an_mls_club_is_no_reserve_side() -> None:
    text = "Columbus Crew 2-1 Toronto FC: Tom Jones's side won again on Saturday."
    assert not any(f["squad"] == "reserve" for f in facts_of(text))


# --- "was hired to replace Y after leading C to …": the gerund is the hired man's ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Toronto FC sacked Tom Jones on Monday. Jones was hired in January 2024 to replace Mark Smith after "
        "leading Hull City to the Championship title.",
        "Burnley sacked Tom Jones on Monday. Jones, 46, was appointed to succeed Mark Smith after coaching "
        "Hull City for two years.",
    ],
)
def test_a_gerund_after_the_man_replaced_is_the_new_mans_spell(text: str) -> None:
    keys = keys_of(text)
    assert ("Tom Jones", "Hull City", "first_team", "in_charge") in keys
    assert ("Mark Smith", "Hull City", "first_team", "in_charge") not in keys


def test_a_relative_clause_after_the_man_replaced_stays_his() -> None:
    text = (
        "Burnley sacked Tom Jones on Monday. Jones was appointed in 2021 to replace Mark Smith, who had led "
        "Hull City since 2016."
    )
    keys = keys_of(text)
    assert ("Mark Smith", "Hull City", "first_team", "in_charge") in keys
