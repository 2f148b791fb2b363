"""National teams: federations handing a side to a stand-in, promotions from the age-group sides."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana have sacked coach Otto Berg and put technical director Kwame Mensah in interim "
            "charge of the Black Stars, the federation said.",
            ("Kwame Mensah", "Ghana", "national", "appointed"),
        ),
        (
            "The FA have placed Under-21 boss Tom Wells in temporary charge of the Three Lions.",
            ("Tom Wells", "England", "national", "appointed"),
        ),
        (
            "Cameroon are putting assistant Paul Ndip in caretaker charge of the Indomitable Lions for "
            "the friendlies.",
            ("Paul Ndip", "Cameroon", "national", "appointed"),
        ),
        (
            "Mark Doyle, who had been promoted from the Under-21s in June 2019 when the FAI moved the "
            "handover forward, has since gone back to club football.",
            ("Mark Doyle", "Republic of Ireland", "national_u21", "left"),
        ),
        (
            "Paulo Reis, who was promoted from the Portugal Under-20s last year, has impressed.",
            ("Paulo Reis", "Portugal", "national_u20", "left"),
        ),
    ],
)
def test_national_phrasing(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_interim_charge_is_caretaker_post() -> None:
    facts = keys_of(
        "Ghana have put technical director Kofi Mensah in interim charge of the Black Stars, "
        "the Ghana Football Association said."
    )
    assert ("Kofi Mensah", "Ghana", "national", "appointed") in facts


def test_put_in_charge_needs_a_person_put() -> None:
    assert not keys_of("The referee put the game in charge of the fourth official at Wembley.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Niall Quinn was unveiled as the new manager of the Republic of Ireland on Thursday.",
            ("Niall Quinn", "Republic of Ireland", "national", "appointed"),
        ),
        (
            "Florent Ibenge was named coach of the Democratic Republic of Congo on Monday.",
            ("Florent Ibenge", "DR Congo", "national", "appointed"),
        ),
        (
            "The FAI thanked Stephen Kelly. Stephen Kelly's contract was allowed to expire in November.",
            ("Stephen Kelly", "Republic of Ireland", "national", "left"),
        ),
        (
            "Wales have moved on. Rob Pike's deal with Wales ran out in June.",
            ("Rob Pike", "Wales", "national", "left"),
        ),
        (
            "Wales sacked Rob Pike. Assistant Matt Jones has been handed interim charge of the side.",
            ("Matt Jones", "Wales", "national", "appointed"),
        ),
        (
            "Niall Quinn was named manager of the Republic of Ireland. John Shea had been given "
            "temporary charge in February.",
            ("John Shea", "Republic of Ireland", "national", "appointed"),
        ),
    ],
)
def test_national_posts(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


def test_contract_still_running_is_no_departure() -> None:
    facts = keys_of("Rob Pike's contract with Wales expires in June.")
    assert not any(f[3] == "left" for f in facts)


def test_promoted_coach_leaves_the_senior_post() -> None:
    facts = keys_of(
        "Roy Daly was named manager of the Republic of Ireland. Two months earlier Mark "
        "Doyle's contract was allowed to expire. Doyle, who had been promoted from the Under-21s in "
        "June 2019, has returned to club football."
    )
    assert ("Mark Doyle", "Republic of Ireland", "national", "left") in facts
    assert ("Mark Doyle", "Republic of Ireland", "national_u21", "left") in facts


def test_steps_up_from_age_group_to_replace() -> None:
    facts = keys_of(
        "Pablo Nieto will coach Spain's Under-21 team, the RFEF confirmed. Nieto, 48, steps up from "
        "the Under-19s to replace Luis Ortega."
    )
    assert ("Pablo Nieto", "Spain", "national_u19", "left") in facts
    assert ("Pablo Nieto", "Spain", "national_u21", "appointed") in facts
    assert ("Pablo Nieto", "Spain", "national", "appointed") not in facts  # Ortega's post, the U21s


def test_contract_ended_is_a_departure() -> None:
    facts = keys_of("Tom Berg was named Vietnam coach. Paul Harris's contract ended in January 2023.")
    assert ("Paul Harris", "Vietnam", "national", "left") in facts
