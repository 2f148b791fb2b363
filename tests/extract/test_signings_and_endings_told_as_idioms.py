"""Appointments and sackings told in the idioms of club news: a deal signed "to become" or "as" the club's
coach, "secured the services of X as head coach", a club that "let manager X go", "ended X's reign",
"brought X's tenure to an end", "pulled the plug on X's spell in charge" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# (the man is a coach before the sentence: many of these words are said of players too)
_LEAD = "Head coach Rui Salgado spoke to the press on Thursday. "


def _events(sentence: str) -> set[tuple[str, str]]:
    keys = keys_of(_LEAD + sentence)
    return {(club, event) for coach, club, _squad, event in keys if coach == "Rui Salgado"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rui Salgado has signed a two-year contract to become Hibernian head coach.",
        "Rui Salgado has agreed terms to become the new Hibernian manager.",
        "Rui Salgado signed an 18-month deal as Hibernian's new head coach.",
        "Hibernian have secured the services of Rui Salgado as their new head coach.",
    ],
)
def test_the_deal_makes_him_the_clubs_coach(sentence: str) -> None:
    assert ("Hibernian", "appointed") in _events(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hibernian have let manager Rui Salgado go after ten games without a win.",
        "Hibernian ended Rui Salgado's reign after eleven months.",
        "Hibernian have brought Rui Salgado's tenure to an abrupt end.",
        "Hibernian pulled the plug on Rui Salgado's spell in charge on Sunday.",
        "Hibernian have ended the short reign of Rui Salgado.",
        # ("his" read as the man himself: "from «P»'s post")
        "The Hibernian board removed Rui Salgado from his post on Monday.",
    ],
)
def test_the_club_ends_his_time(sentence: str) -> None:
    assert ("Hibernian", "dismissed") in _events(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a player's signing: no coaching title after "as"
        "Rui Salgado signed a two-year contract as Hibernian's new striker.",
        # his own new deal: an extension, not an arrival
        "Rui Salgado has signed a new three-year contract as Hibernian head coach.",
        # the reign another club ended on the pitch is a run, not his time in charge
        "Hibernian ended Rui Salgado's unbeaten run with a 2-0 win.",
        # his own words, not the club's act
        "Rui Salgado said his reign at Hibernian had come to an end.",
    ],
)
def test_no_appointment_or_sacking_is_read(sentence: str) -> None:
    events = _events(sentence)
    assert ("Hibernian", "appointed") not in events
    assert ("Hibernian", "dismissed") not in events


@pytest.mark.parametrize(
    "sentence",
    [
        "Rui Salgado's contract at Hibernian will not be renewed.",
        "Rui Salgado's deal with Hibernian has not been extended.",
    ],
)
def test_a_contract_not_renewed_ends_his_post(sentence: str) -> None:
    assert ("Hibernian", "left") in _events(sentence)


def test_a_contract_renewed_is_no_departure() -> None:
    assert ("Hibernian", "left") not in _events("Rui Salgado's contract at Hibernian will be renewed.")
