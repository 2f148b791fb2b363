"""Club and squad attribution, written for these tests in our own words: a city of several words
whose first word is a club's name ('Porto Alegre', 'Mexico City'), a lead announcing the hiring of
someone naming the story's club …"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


@pytest.mark.parametrize(
    ("sentence", "not_club"),
    [
        ("In 2019 he had left Porto Alegre to coach in Spain.", "FC Porto"),
        ("The coach moved to Mexico City in the summer.", "Mexico"),
        ("He spent two seasons in Rio de Janeiro before returning home.", "Rio Ave"),
    ],
)
def test_a_city_of_several_words_is_no_club(sentence: str, not_club: str) -> None:
    assert not_club not in {m.name for m in run_mentions(sentence, set())}


def test_a_club_named_with_its_city_stays_a_club() -> None:
    names = {
        m.name for m in run_mentions("He joined Internacional de Porto Alegre and Kuala Lumpur City.", set())
    }
    assert {"Internacional", "Kuala Lumpur City FC"} <= names


def test_city_left_is_no_club_left() -> None:
    keys = keys_of(
        "Internacional sacked Eduardo Coudet on Monday. Coudet, who had left Porto Alegre for Spain in 2020, "
        "had returned to the club in July."
    )
    assert not any(k[1] == "FC Porto" for k in keys)
    assert ("Eduardo Coudet", "Internacional", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    "lead",
    [
        "Internacional officialised on Tuesday night the hiring of Roger Machado as new coach.",
        "Internacional have announced the appointment of Roger Machado.",
        "The Internacional made official on Tuesday night the hiring of Roger Machado as new technician.",
    ],
)
def test_the_lead_announcing_a_hiring_names_the_story_club(lead: str) -> None:
    """The former club named more often (Grêmio) is not the post of the replaced coach."""
    keys = keys_of(
        lead
        + " The coach signed until the end of 2025 and will be presented on Thursday. He brings his assistant"
        " Bruno Lima, who had worked with him at the Grêmio of 2015. He comes with his assistant James "
        "Freitas, who works with him since the Grêmio of 2015. The coach of 49 replaces the Argentine "
        "Eduardo Coudet, who was dismissed on 26 June. Roger, an idol of "
        "the Grêmio, led the Grêmio in 2015."
    )
    assert ("Eduardo Coudet", "Internacional", "first_team", "dismissed") in keys
    assert ("Eduardo Coudet", "Grêmio", "first_team", "dismissed") not in keys


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # "the team" of a "who" clause is the club its sentence opens on, described or not
        (
            "Celtic have renewed the deal of Brendan Rodgers. The defending champions Rangers also continue "
            "with the Belgian coach Philippe Clement, who has led the team since 2023.",
            ("Philippe Clement", "Rangers", "first_team", "in_charge"),
            ("Philippe Clement", "Celtic", "first_team", "in_charge"),
        ),
        (
            "Vissel Kobe extended the contract of Takayuki Yoshida. The runner-up Sanfrecce Hiroshima "
            "continues with Michael Skibbe, who has coached the side since 2022.",
            ("Michael Skibbe", "Sanfrecce Hiroshima", "first_team", "in_charge"),
            ("Michael Skibbe", "Vissel Kobe", "first_team", "in_charge"),
        ),
    ],
)
def test_the_team_of_a_who_clause_is_the_sentence_subject(text: str, wanted: tuple, unwanted: tuple) -> None:
    keys = keys_of(text)
    assert wanted in keys
    assert unwanted not in keys


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kashima Antlers appointed Toru Oniki, former coach of Kawasaki Frontale. At Kawasaki, Oniki was "
            "replaced by Shigetoshi Hasebe, coming from Avispa Fukuoka.",
            {
                ("Toru Oniki", "Kawasaki Frontale", "first_team", "left"),
                ("Shigetoshi Hasebe", "Kawasaki Frontale", "first_team", "appointed"),
                ("Shigetoshi Hasebe", "Avispa Fukuoka", "first_team", "left"),
            },
        ),
        (
            "Portland Timbers sacked Giovanni Savarese and hired Phil Neville. At Portland, Neville was "
            "replaced by Jim Curtin, coming over from Philadelphia Union.",
            {
                ("Jim Curtin", "Portland Timbers", "first_team", "appointed"),
                ("Jim Curtin", "Philadelphia Union", "first_team", "left"),
            },
        ),
    ],
)
def test_a_word_of_a_named_club_where_only_a_club_goes(text: str, wanted: set) -> None:
    keys = keys_of(text)
    assert wanted <= keys
    assert not any(k[1] == "Kashima Antlers" and k[0] == "Shigetoshi Hasebe" for k in keys)


def test_the_club_word_after_lead_is_that_club() -> None:
    keys = keys_of(
        "Vissel Kobe extended the deal of Takayuki Yoshida, who beat Gamba Osaka in the final. For Yoshida "
        "it is the third time he has managed Kobe."
    )
    assert ("Takayuki Yoshida", "Gamba Osaka", "first_team", "in_charge") not in keys


def test_a_person_named_so_stays_a_person() -> None:
    """A word of a club that is also the name of someone the article names stays that person."""
    keys = keys_of(
        "Orlando City sacked Oscar Pareja. Assistant coach Martin Perelman will lead Orlando until a "
        "successor is found."
    )
    assert ("Oscar Pareja", "Orlando City", "first_team", "dismissed") in keys
