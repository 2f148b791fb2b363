"""Phrasings of short news stories (the train13 batch), tested with our own variants: a club's
women's side that comes up only late in a story about its men, ..."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _squads(text: str, coach: str) -> set[str]:
    return {squad for c, _club, squad, _event in keys_of(text) if c == coach}


@pytest.mark.parametrize(
    ("text", "coach", "squad"),
    [
        # the men's manager told first; the women's team manager, another man, only at the end
        (
            "Bohemians confirmed on Tuesday that Declan Devine has signed a new two-year contract. "
            "Devine was appointed in June 2022. "
            "Women's team manager Sean Byrne also agreed a new deal last week.",
            "Declan Devine",
            "first_team",
        ),
        (
            "Derry City have appointed Tiernan Lynch as manager on a three-year contract. "
            "He replaces Ruaidhri Higgins, who resigned in November. "
            "Meanwhile, the club's women's team coach Kevin Doherty has left the club.",
            "Ruaidhri Higgins",
            "first_team",
        ),
        # a country's senior men's coach, then the women's team coach in a closing paragraph
        (
            "The Malawi Football Association has appointed Tom Keller as head coach of the national team "
            "until 2027. Keller replaces Pieter Smit, whose contract expired in December. "
            "The association also confirmed that Scorchers coach Lovemore Fazili has been given a new "
            "contract until after the Women's Africa Cup of Nations.",
            "Tom Keller",
            "national",
        ),
    ],
)
def test_later_womens_side_leaves_the_mens_posts(text: str, coach: str, squad: str) -> None:
    assert _squads(text, coach) == {squad}


@pytest.mark.parametrize(
    ("text", "coach", "squad"),
    [
        # the women's side named first: the unnamed posts after it are still the women's
        (
            "Everton's women's team have appointed Brian Sorensen as manager. "
            "Sorensen replaces Willie Kirk, who left in the summer.",
            "Willie Kirk",
            "women",
        ),
        # the coach named with the women's team himself keeps it
        (
            "Glentoran Women manager Gary Forsythe has signed a new contract. "
            "Forsythe was appointed in 2021.",
            "Gary Forsythe",
            "women",
        ),
    ],
)
def test_womens_side_named_first_still_colours(text: str, coach: str, squad: str) -> None:
    assert squad in _squads(text, coach)


def test_she_before_the_womens_side_keeps_the_women() -> None:
    # a women's word ("she") before the women's side's own paragraph: a women's story
    text = (
        "Canada have appointed Sarah Miles as head coach. She replaces Laura Dunn, who was "
        "dismissed in July. Interim coach Ben Hart had led the women's team since then."
    )
    assert "national_women" in _squads(text, "Laura Dunn")


def test_womens_headline_keeps_the_women() -> None:
    text = (
        "Bohemians confirmed on Tuesday that Declan Devine has signed a new two-year contract. "
        "Devine was appointed in June 2022. "
        "Women's team manager Sean Byrne also agreed a new deal last week."
    )
    keys = keys_of(text, title="Women's football: Devine and Byrne stay at Bohemians")
    assert ("Declan Devine", "Bohemians", "women", "extended") in keys


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # the replaced man's own clause names the club he left: the post taken, not the aside before
        (
            "Hertha Berlin on Monday named Tom Keller as their new coach. He made his name at Preußen "
            "Münster, whom he led to promotion in 2023. Keller succeeds Karl Brenner, who left Hertha by "
            "mutual consent last week.",
            ("Karl Brenner", "Hertha BSC", "first_team", "left"),
            ("Karl Brenner", "Preußen Münster", "first_team", "left"),
        ),
        # "who quit C": he resigned there
        (
            "Toulouse have appointed Jan Smit as head coach. Smit made his name at Heracles, where he "
            "won promotion twice. He replaces Carles Martinez, who quit Toulouse in May.",
            ("Carles Martinez", "Toulouse", "first_team", "resigned"),
            ("Carles Martinez", "Heracles Almelo", "first_team", "resigned"),
        ),
    ],
)
def test_replaced_mans_clause_names_the_post(
    text: str, expected: tuple[str, str, str, str], wrong: tuple[str, str, str, str]
) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert wrong not in keys


def test_replaced_man_who_left_for_another_club_is_not_that_club() -> None:
    # "who left for C": C is where he went, not the post taken
    text = (
        "Hertha Berlin on Monday named Tom Keller as their new coach. Keller succeeds Karl Brenner, who "
        "left for Schalke last week."
    )
    assert not {k for k in keys_of(text) if k[0] == "Tom Keller" and k[1] == "FC Schalke 04"}


def test_story_club_back_in_view_after_an_aside() -> None:
    # an aside at a past club, then a sentence naming the story's club: the next is about the story's club
    text = (
        "Hertha Berlin on Monday named Tom Keller as their new coach. He made his name at Preußen "
        "Münster, whom he led to promotion in 2023. Keller succeeds Karl Brenner, who left Hertha by "
        "mutual consent last week. The Austrian had been in charge since January 2021."
    )
    keys = keys_of(text)
    assert ("Karl Brenner", "Hertha BSC", "first_team", "in_charge") in keys
    assert not {k for k in keys if k[0] == "Karl Brenner" and k[1] == "Preußen Münster"}


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # the sacked man was told only as another side's coach, and the sentence names that side
        (
            "Toronto FC have hired Paul Ward as head coach. Ward leaves his role as an assistant with "
            "Canada, where he worked under Jesse Marsh for two years. Marsh was fired in July after "
            "Canada lost in the group stage.",
            ("Jesse Marsh", "Canada", "national", "dismissed"),
            ("Jesse Marsh", "Toronto FC", "first_team", "dismissed"),
        ),
        (
            "Leeds United have named Colin Hart as their new manager. Hart spent three years as the "
            "assistant of Mark Doyle at Hull City. Doyle resigned in May after Hull City were relegated.",
            ("Mark Doyle", "Hull City", "first_team", "resigned"),
            ("Mark Doyle", "Leeds United", "first_team", "resigned"),
        ),
    ],
)
def test_sacked_mans_own_post_named_again(
    text: str, expected: tuple[str, str, str, str], wrong: tuple[str, str, str, str]
) -> None:
    keys = keys_of(text)
    assert expected in keys
    assert wrong not in keys


def test_sacking_naming_no_club_of_his_stays_with_the_story() -> None:
    # the sentence does not name his other side: the story's club, as before
    text = (
        "Toronto FC have hired Paul Ward as head coach. Ward leaves his role as an assistant with "
        "Canada, where he worked under Jesse Marsh. Ward replaces Tom Hill, who was fired in July."
    )
    assert ("Tom Hill", "Toronto FC", "first_team", "dismissed") in keys_of(text)
