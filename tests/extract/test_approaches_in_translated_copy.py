"""Approaches told the way translated copy tells them: 'had also sounded X' (the Italian "sondato", no
"out"), 'had negotiated with X' (talks held, past), 'X had been contacted by the club' (passive): each is an
offer, and 'who preferred to wait / to stay' after it the man's refusal. A sound, a negotiation that is not
with a man, or talks still going on read no offer."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

_LEAD = "Parma have sacked Luca Verdi and appointed Marco Bianchi as head coach. "


def _events(text: str, coach: str) -> set[tuple[str, str]]:
    return {(f["club"], f["event"]) for f in facts_of(_LEAD + text) if f["coach"] == coach}


def test_sounded_without_out_is_an_approach() -> None:
    events = _events(
        "The board had also sounded Giorgio Rossi, who preferred to wait for a Serie A bench.",
        "Giorgio Rossi",
    )
    assert ("Parma", "offer") in events
    assert ("Parma", "offer_declined") in events


def test_negotiated_with_a_man_is_an_approach() -> None:
    events = _events(
        "The club had negotiated with the Uruguayan Pablo Suárez, who preferred to stay in Qatar.",
        "Pablo Suárez",
    )
    assert ("Parma", "offer") in events
    assert ("Parma", "offer_declined") in events


def test_contacted_told_passively_is_an_approach() -> None:
    events = _events(
        "Paolo Neri had also been contacted by the board, but he preferred to wait.", "Paolo Neri"
    )
    assert ("Parma", "offer") in events


def test_no_approach_without_a_man_approached() -> None:
    # a sound that is no verb of approach, a negotiation over a fee, and a man who did the negotiating
    for text, coach in (
        ("Marco Bianchi sounded confident when Giorgio Rossi spoke to reporters.", "Giorgio Rossi"),
        ("Marco Bianchi had negotiated with the board for weeks before signing.", "Marco Bianchi"),
    ):
        events = _events(text, coach)
        assert not any(e in ("offer", "offer_declined") for _, e in events), (text, events)


_SACKED = "Valencia sacked Ruben Baraja on Monday. "


def test_near_miss_a_players_contract_talks_are_no_approach() -> None:
    # a club's talks over a player's new deal, and an agent's over a release clause: no post offered
    for text, coach in (
        (
            "Arsenal had negotiated with Mikel Merino over a new deal, but the midfielder left.",
            "Mikel Merino",
        ),
        ("Agent Jorge Mendes negotiated with Marcelino about his release clause.", "Marcelino"),
    ):
        facts = {(f["club"], f["event"]) for f in facts_of(_SACKED + text) if f["coach"] == coach}
        assert not any(e in ("offer", "offer_declined") for _, e in facts), (text, facts)


def test_near_miss_contacted_by_someone_not_a_club_is_no_approach() -> None:
    text = _SACKED + "Baraja had been contacted by the police after the incident."
    assert not any(f["event"] == "offer" for f in facts_of(text))


def test_contacted_by_a_clubs_director_is_an_approach() -> None:
    text = _SACKED + "Ali Ben Salah was contacted by Valencia's new sporting director Pablo Ruiz last week."
    facts = {(f["coach"], f["club"], f["event"]) for f in facts_of(text)}
    assert ("Ali Ben Salah", "Valencia", "offer") in facts
