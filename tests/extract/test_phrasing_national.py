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
            "Stephen Kelly, who had been promoted from the Under-21s in April 2020 when the FAI brought "
            "forward the handover, has since returned to club football.",
            ("Stephen Kelly", "Republic of Ireland", "national_u21", "left"),
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
        "Nigeria have put technical director Sam Okoro in interim charge of the Super Eagles, "
        "the Nigeria Football Federation said."
    )
    assert ("Sam Okoro", "Nigeria", "national", "appointed") in facts


def test_put_in_charge_needs_a_person_put() -> None:
    assert not keys_of("The referee put the game in charge of the fourth official at Wembley.")
