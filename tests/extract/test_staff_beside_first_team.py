"""Staff below and beside the first team (extract_train21's theme): women's, youth and national youth
sides as the news names them, and the backroom staff around their coaches."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import squad_mentions
from pipeline.extract.postprocess import headline_national_sides


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Vasco named Ana Lima head coach of the female team on Monday.", "women"),
        ("He will now lead the club's female side in the league.", "women"),
        ("She spent two years as director of female football at Benfica.", "women"),
        ("Santos promoted the assistant of the female squad to head coach.", "women"),
    ],
)
def test_female_team_is_a_womens_squad(sentence: str, code: str) -> None:
    assert code in {m.squad for m in squad_mentions(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "She became the first female coach in the league's history.",
        "Female referees took charge of the final.",
        "The club hired a female physiotherapist.",
    ],
)
def test_female_person_is_no_squad(sentence: str) -> None:
    assert not squad_mentions(sentence)


def test_female_team_post_of_a_translated_club_statement() -> None:
    keys = keys_of(
        "Palmeiras officialized this Monday the promotion of Rui Costa Lima to head coach of the female "
        "team, following the exit of Marcos Prado to Santos."
    )
    assert ("Rui Costa Lima", "Palmeiras", "women", "appointed") in keys
    assert ("Rui Costa Lima", "Palmeiras", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    ("title", "sides"),
    [
        ("Lund to succeed Berg as Norway women's coach", {"Norway": "national_women"}),
        ("Chile U-20 crowned champions as Rojas stays on", {"Chile": "national_u20"}),
        (
            "Keane signs new deal as Republic of Ireland U21 head coach",
            {"Republic of Ireland": "national_u21"},
        ),
        ("Ruiz to lead the Young Matildas at the World Cup", {"Australia": "national_women_u20"}),
    ],
)
def test_headline_names_a_countrys_side(title: str, sides: dict[str, str]) -> None:
    assert headline_national_sides(title) == sides


@pytest.mark.parametrize(
    "title",
    [
        "Morales to coach Peru Under-21s as Vidal takes senior job",  # both sides in the news
        "Peru sack coach after World Cup exit",  # the senior side
        "Peru's men's and women's coaches both stay",
        None,
    ],
)
def test_headline_without_one_particular_side(title: str | None) -> None:
    assert headline_national_sides(title) == {}


_YOUTH_STORY = (
    "Pablo Rojas will lead Chile at the World Cup after the South American title on Sunday. Goalkeeping "
    "coach Mario Soto and fitness coach Juan Vera stay on in the staff. Chile coach Ricardo Gareca watched "
    "the final from the stands."
)


def test_headline_side_takes_its_staff() -> None:
    keys = keys_of(_YOUTH_STORY, title="Chile U-20 crowned champions as Rojas stays on")
    assert ("Mario Soto", "Chile", "national_u20", "in_charge") in keys
    assert ("Juan Vera", "Chile", "national_u20", "in_charge") in keys
    # the senior coach told in passing keeps his own side
    assert ("Ricardo Gareca", "Chile", "national", "in_charge") in keys


def test_staff_keep_the_senior_side_without_such_a_headline() -> None:
    keys = keys_of(_YOUTH_STORY, title="Rojas stays on after title win")
    assert ("Mario Soto", "Chile", "national", "in_charge") in keys


def test_staff_moving_on_leave_the_headline_side() -> None:
    # he leaves the staff in view (the under-20s'), not the senior set-up he joins
    keys = keys_of(
        "Pablo Rojas will lead Chile at the World Cup after the South American title on Sunday. "
        "Analyst Luis Mena leaves the staff to join Ricardo Gareca's senior set-up.",
        title="Chile U-20 crowned champions as Rojas stays on",
    )
    assert ("Luis Mena", "Chile", "national_u20", "left") in keys
    assert ("Luis Mena", "Chile", "national", "left") not in keys
