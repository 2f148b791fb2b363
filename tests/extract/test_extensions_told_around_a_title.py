"""Extensions told with the man's title or side between the deal and his name ("extended the contract of
national team head coach X", "of under-20 manager X"), after the deal ("agreed to a two-year contract
extension with head coach X"), by the man himself ("X has agreed to extend his contract"), with the club's
own coach ("the prolongation of its coach X"), and staff deals without "signed" ("get new contracts",
"have also put pen to paper"). Near misses: talks over an extension, a bare "got a deal", an approach."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Jamaica Football Federation on Monday extended the contract of national team head coach "
            "Owen Pryce until the end of the 2027 Gold Cup.",
            ("Owen Pryce", "Jamaica", "national", "extended"),
            id="national_team_title_after_contract_of",
        ),
        pytest.param(
            "Wales named Dean Morgan as senior manager in May. The association has also extended the "
            "contract of under-20 manager Gareth Pugh.",
            ("Gareth Pugh", "Wales", "national_u20", "extended"),
            id="youth_side_title_after_contract_of",
        ),
        pytest.param(
            "Louisville City FC has agreed to a two-year contract extension with head coach Tom Fallon, the "
            "club announced Thursday.",
            ("Tom Fallon", "Louisville City FC", "first_team", "extended"),
            id="extension_with_titled_coach",
        ),
        pytest.param(
            "Shimizu S-Pulse said on Monday that manager Kenta Ogura has agreed to extend his contract.",
            ("Kenta Ogura", "Shimizu S-Pulse", "first_team", "extended"),
            id="agreed_to_extend_his_contract",
        ),
        pytest.param(
            "Stade de Reims announced on Friday the prolongation of its coach Luka Elsner until June 2027.",
            ("Luka Elsner", "Stade de Reims", "first_team", "extended"),
            id="prolongation_of_its_coach",
        ),
    ],
)
def test_extension_around_a_title(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    "deal",
    ["get new contracts", "have also put pen to paper", "got fresh two-year deals"],
)
def test_titled_staff_deals_in_more_words(deal: str) -> None:
    text = (
        f"Viking FK have handed head coach Morten Jensen a new deal. Assistant coach Per Haugland and "
        f"goalkeeping coach Rune Sola {deal}."
    )
    keys = keys_of(text)
    for aide in ("Per Haugland", "Rune Sola"):
        assert (aide, "Viking FK", "first_team", "extended") in keys


def test_talks_over_an_extension_are_no_extension() -> None:
    """Near miss: 'in talks over a contract extension with manager X' is no deal yet."""
    text = "Burnley are in talks over a contract extension with manager Scott Parker."
    assert not any(k[3] == "extended" for k in keys_of(text))


def test_a_bare_deal_got_is_no_extension() -> None:
    """Near miss: 'got a deal with C' names no new deal: it may be a move."""
    text = "Goalkeeping coach Rune Sola got a deal with Viking after leaving Bryne."
    assert not any(k[0] == "Rune Sola" and k[3] == "extended" for k in keys_of(text))


def test_an_approach_to_extend_is_no_extension() -> None:
    """Near miss: 'wants to extend his contract': a wish, not 'agreed to extend'."""
    text = "Shimizu S-Pulse manager Kenta Ogura wants to extend his contract beyond the summer."
    assert not any(k[3] == "extended" for k in keys_of(text))


@pytest.mark.parametrize("deal", ["have also re-signed", "re-sign", "renew"])
def test_titled_staff_deals_told_by_the_verb_alone(deal: str) -> None:
    text = (
        f"Tromsø IL have extended the contract of head coach Jens Holm. Assistant coach Ola Berg and "
        f"goalkeeping coach Kai Lund {deal}."
    )
    keys = keys_of(text)
    for aide in ("Ola Berg", "Kai Lund"):
        assert (aide, "Tromsø IL", "first_team", "extended") in keys


@pytest.mark.parametrize("verb", ["resigned", "re-signed for Bodø/Glimt"])
def test_resigning_or_re_signing_elsewhere_is_no_extension(verb: str) -> None:
    text = f"Tromsø IL have appointed Jens Holm as head coach. Assistant coach Ola Berg {verb}."
    assert not any(event == "extended" for *_, event in keys_of(text))
