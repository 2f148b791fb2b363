"""Club and squad attribution, written for these tests in our own words: a 'who' clause after the
person an apposition ends on ('…, turning to coach Y, who left C'), the clubs of an aside on someone
else ('Y, who had spells at A and B, replaces X, who left the club'), a place framing the sentence's
subject ('In Shanghai, Shenhua confirmed …'), a headline telling a contract extension, and a country's
senior national team beside its women's team."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def _keys(text: str, title: str | None = None) -> set[tuple[str, str, str, str]]:
    facts = facts_of(text, title=title) if title else facts_of(text)
    return {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts}


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # the "who" clause follows the person the apposition ends on, not the sentence's first person
        (
            "Mark Hughes left Bradford City in May. Bradford City moved fast to replace him, hiring Welsh "
            "coach Graham Alexander, who had left Motherwell in January.",
            ("Graham Alexander", "Motherwell", "first_team", "left"),
            ("Mark Hughes", "Motherwell", "first_team", "left"),
        ),
        (
            "Rotherham United sacked Matt Taylor. The board acted quickly to replace him, turning to "
            "former player Steve Evans, who quit Stevenage at the end of the season.",
            ("Steve Evans", "Stevenage", "first_team", "resigned"),
            ("Matt Taylor", "Stevenage", "first_team", "resigned"),
        ),
        # "Y, who had spells at A, B and C, replaces X, who left the club": not C, the club in view
        (
            "Leeds United are top. In London, Fulham confirmed last month that Marco Silva will lead the "
            "team in 2025. Silva, who also had spells at Everton, Watford and Hull City, replaces Scott "
            "Parker, who left the club after the season.",
            ("Scott Parker", "Fulham", "first_team", "left"),
            ("Scott Parker", "Hull City", "first_team", "left"),
        ),
        (
            "Stoke City are in the market. Meanwhile, Sunderland confirmed that Régis Le Bris will lead "
            "the team. Le Bris, who had spells at Lorient and Rennes, succeeds Michael Beale, who quit the "
            "club in February.",
            ("Michael Beale", "Sunderland", "first_team", "resigned"),
            ("Michael Beale", "Rennes", "first_team", "resigned"),
        ),
    ],
)
def test_clause_binds_its_own_club(text: str, wanted: tuple, unwanted: tuple) -> None:
    keys = keys_of(text)
    assert wanted in keys
    assert unwanted not in keys


def test_a_club_in_the_aside_of_the_same_person_stays() -> None:
    """'X, who won the cup with C, left the club': the aside is X's own, so the club is C."""
    keys = keys_of("Arsenal are top. Gary Rowett, who won promotion with Millwall, left the club on Friday.")
    assert ("Gary Rowett", "Millwall", "first_team", "left") in keys


def test_headline_telling_an_extension_names_the_story_club() -> None:
    """'C extend contract of X': C is the story's club even when another is named more often."""
    keys = _keys(
        "Championship side Watford announced on Thursday that they have extended the contract of head "
        "coach Tom Cleverley. The 35-year-old, who took charge of the Hertfordshire club in 2024, beat "
        "Bolton Wanderers twice. Bolton Wanderers coach Ian Evatt praised him. Cleverley once played for "
        "Bolton Wanderers.",
        title="Watford extend contract of head coach Tom Cleverley",
    )
    assert ("Tom Cleverley", "Watford", "first_team", "appointed") in keys
    assert ("Tom Cleverley", "Bolton Wanderers", "first_team", "appointed") not in keys


def test_senior_national_team_beside_the_womens() -> None:
    """'coached the China women's national team' does not make 'the China national team' women's."""
    keys = keys_of(
        "Shanghai Port sacked Kevin Muscat on Monday and appointed Ivan Leko. Leko previously coached "
        "Club Brugge and Al Ain. Hao Wei won the league with Shandong Taishan and previously coached "
        "the China women's national team at the 2015 World Cup. Wu Jingui had served as an assistant "
        "with the China national team."
    )
    assert ("Hao Wei", "China", "national_women", "in_charge") in keys
    assert ("Wu Jingui", "China", "national", "in_charge") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Toluca sacked Renato Paiva last week. Paiva, 45, had been promoted in January from Toluca's "
        "under-23 team, which he had coached since 2023.",
        "Toluca sacked Renato Paiva last week. Paiva was promoted last summer from Toluca's under-23 team.",
        "Toluca sacked Renato Paiva last week. Paiva, who stepped up in 2023 from Toluca's under-23 side, "
        "had won the cup.",
    ],
)
def test_promoted_with_a_time_before_from(text: str) -> None:
    """'promoted in January from C's U23s': he leaves the U23s for the first team, not the reverse."""
    keys = keys_of(text)
    assert ("Renato Paiva", "Toluca", "u23", "left") in keys
    assert ("Renato Paiva", "Toluca", "u23", "appointed") not in keys
    assert ("Renato Paiva", "Toluca", "u23", "dismissed") not in keys
