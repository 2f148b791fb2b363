"""Approaches and refusals as search stories and translated copy tell them: 'made an approach, which X turned
down' (the approaching club is the clause's subject), 'made a request for C's X, who said no thanks', 'had
been sounded by C, but at that time preferred to continue at D' (the refusal is of C's approach, not of D,
where he stayed), 'made a first contact with the representatives of X'. Wordings that tell no approach to a
coach read none."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Blackpool have sacked Neil Critchley and are looking for a new manager. "


def _hedged(text: str) -> set[tuple[str, str, str]]:
    return {
        (coach, club, event)
        for coach, club, _, event in keys_of(_LEAD + text)
        if event in ("offer", "offer_declined") and coach != "Neil Critchley"
    }


def test_approach_which_he_turned_down() -> None:
    text = (
        "Wigan Athletic, who sacked Leam Richardson this month, had also made an approach, "
        "which Paul Cook turned down."
    )
    found = _hedged(text)
    assert ("Paul Cook", "Wigan Athletic", "offer") in found
    assert ("Paul Cook", "Wigan Athletic", "offer_declined") in found


def test_request_for_a_man_who_said_no() -> None:
    found = _hedged("The club made a request for Wigan's Paul Cook, who said no thanks.")
    assert ("Paul Cook", "Blackpool", "offer") in found
    assert ("Paul Cook", "Blackpool", "offer_declined") in found


def test_sounded_then_preferred_to_continue() -> None:
    text = "Paul Cook had been sounded by Blackpool in 2022, but at that time preferred to continue at Wigan."
    found = _hedged(text)
    assert ("Paul Cook", "Blackpool", "offer") in found
    assert ("Paul Cook", "Blackpool", "offer_declined") in found
    assert not any(club == "Wigan Athletic" for _, club, _ in found)


def test_first_contact_with_his_representatives() -> None:
    found = _hedged("The board made a first contact with the representatives of Paul Cook on Sunday.")
    assert ("Paul Cook", "Blackpool", "offer") in found


def test_no_approach_told() -> None:
    for text in (
        # a request for something else, which the coach turned down
        "Paul Cook made a request for more time, which the board turned down.",
        # a proposal he made himself, not one made to him
        "The club made a proposal to the council about the stadium, which Paul Cook backed.",
        # 'sounded' as how he seemed
        "Paul Cook sounded confident when asked about Wigan's chances.",
    ):
        assert not _hedged(text), text
