"""Hedged and refused events: approaches told through the coach's club, bids knocked back, a coach
staying rather than joining, favourites, lists and wishes for a job (sentences of our own), and the
near misses that are no offer (players, denials, planned bids)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


def _events(keys: set[tuple[str, str, str, str]], event: str) -> set[tuple[str, str]]:
    return {(k[0], k[1]) for k in keys if k[3] == event}


@pytest.mark.parametrize(
    "text",
    [
        "Xabi Alonso opted to stay at Bayer Leverkusen rather than join Liverpool.",
        "Xabi Alonso decided to remain at Bayer Leverkusen instead of joining Liverpool, the club said.",
        "Xabi Alonso chose to stay with Bayer Leverkusen over a move to Liverpool.",
    ],
)
def test_staying_rather_than_joining_declines_the_other_club(text: str) -> None:
    keys = keys_of(text)
    assert ("Xabi Alonso", "Liverpool", "first_team", "offer_declined") in keys
    assert ("Xabi Alonso", "Bayer Leverkusen") not in _events(keys, "offer_declined")


@pytest.mark.parametrize(
    "text",
    [
        "Mikel Arteta rejected claims he was leaving Arsenal at the end of the season.",
        "Jürgen Klopp rejected suggestions that Liverpool were tired.",
        "Erik ten Hag rebuffed criticism of his Manchester United side.",
        "Pep Guardiola dismissed reports he was quitting Manchester City.",
        "Carlo Ancelotti rejected claims that he had lost the dressing room at Real Madrid.",
    ],
)
def test_rejecting_claims_or_criticism_is_no_refused_offer(text: str) -> None:
    keys = keys_of(text)
    assert not _events(keys, "offer_declined")
    assert not _events(keys, "left") and not _events(keys, "resigned")


@pytest.mark.parametrize(
    "text",
    [
        "Bayern first approached Como for Cesc Fàbregas, but Como refused to release their coach.",
        "Bayern Munich contacted Como about their coach Cesc Fàbregas last month.",
        "Bayern have approached Como over head coach Cesc Fàbregas.",
    ],
)
def test_approaching_the_coachs_club(text: str) -> None:
    keys = keys_of(text)
    assert ("Cesc Fàbregas", "Bayern Munich", "first_team", "offer") in keys
    assert ("Cesc Fàbregas", "Como") not in _events(keys, "offer")


def test_approaching_a_club_for_a_player_is_no_offer() -> None:
    assert not _events(keys_of("Barcelona approached Manchester City for Ilkay Gündogan."), "offer")


@pytest.mark.parametrize(
    "text",
    [
        "Everton have been knocked back in their bid for Ipswich manager Kieran McKenna.",
        "Everton failed with an approach for Ipswich boss Kieran McKenna last summer.",
        "Everton's approach for Ipswich manager Kieran McKenna was rebuffed.",
    ],
)
def test_a_clubs_bid_for_a_coach(text: str) -> None:
    assert ("Kieran McKenna", "Everton", "first_team", "offer") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Newcastle have been knocked back in their bid for midfielder Kalvin Phillips.",
        "Sevilla are weighing up a bid for former Valencia boss Ruben Baraja.",
        "Everton are preparing an approach for Ipswich boss Kieran McKenna.",
    ],
)
def test_player_bids_and_planned_bids_are_no_offer(text: str) -> None:
    assert not _events(keys_of(text), "offer")


@pytest.mark.parametrize(
    "text",
    [
        "Roberto De Zerbi is in pole position to replace Erik ten Hag at Manchester United.",
        "Roberto De Zerbi is now in pole position for the Manchester United job.",
    ],
)
def test_pole_position_is_a_candidate(text: str) -> None:
    assert ("Roberto De Zerbi", "Manchester United", "first_team", "linked") in keys_of(text)


def test_pole_position_in_a_race_is_no_candidate() -> None:
    assert not _events(keys_of("Roberto Mancini is in pole position after Italy beat Wales."), "linked")


@pytest.mark.parametrize(
    "text",
    [
        "Crystal Palace have identified Oliver Glasner as their preferred candidate to succeed Roy Hodgson.",
        "Crystal Palace earmarked Oliver Glasner as the ideal successor.",
        "Crystal Palace identified former Eintracht Frankfurt coach Oliver Glasner as their top target to "
        "replace Roy Hodgson.",
    ],
)
def test_identified_as_candidate(text: str) -> None:
    assert ("Oliver Glasner", "Crystal Palace", "first_team", "linked") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sunderland added Régis Le Bris to the list of candidates.",
        "Sunderland have added Lorient coach Régis Le Bris to their shortlist.",
    ],
)
def test_added_to_the_list(text: str) -> None:
    assert ("Régis Le Bris", "Sunderland", "first_team", "linked") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Slaven Bilić is understood to be keen on the Watford job.",
        "Slaven Bilić is interested in the vacant Watford post, according to reports.",
        "Slaven Bilić would be open to the job at Watford.",
    ],
)
def test_keen_on_the_job(text: str) -> None:
    assert ("Slaven Bilić", "Watford", "first_team", "linked") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eddie Howe is not interested in the England job.",
        "Victor Osimhen is keen on a move to Chelsea.",
        "Unai Emery is keen on signing a new left-back for Aston Villa.",
    ],
)
def test_no_wish_for_a_coaching_job(text: str) -> None:
    assert not _events(keys_of(text), "linked")


def test_interviewed_for_the_clubs_role() -> None:
    keys = keys_of("Kjetil Knutsen interviewed for the Celtic role last week but the club went elsewhere.")
    assert ("Kjetil Knutsen", "Celtic", "first_team", "linked") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Ipswich boss Kieran McKenna has been targeted by Chelsea and Brighton.",
        "Kieran McKenna is being courted by Chelsea as well as Brighton.",
    ],
)
def test_targeted_by_two_clubs(text: str) -> None:
    keys = keys_of(text)
    assert ("Kieran McKenna", "Chelsea", "first_team", "linked") in keys
    assert ("Kieran McKenna", "Brighton & Hove Albion", "first_team", "linked") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Kaizer Chiefs have approached former Orlando Pirates coach Josef Zinnbauer about their vacant post.",
        "Kaizer Chiefs made contact with Josef Zinnbauer on Monday.",
    ],
)
def test_approached_a_titled_coach(text: str) -> None:
    assert ("Josef Zinnbauer", "Kaizer Chiefs", "first_team", "offer") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Nassr tried to hire Stefano Pioli in the summer.",
        "Al-Nassr failed in their attempt to appoint Stefano Pioli.",
        "Al-Nassr attempted to hire Stefano Pioli last year.",
    ],
)
def test_a_try_to_hire_is_an_offer_not_an_appointment(text: str) -> None:
    keys = keys_of(text)
    assert ("Stefano Pioli", "Al-Nassr", "first_team", "offer") in keys
    assert not _events(keys, "appointed")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Nassr tried to hire Stefano Pioli, but the Italian preferred to remain at AC Milan.",
        "Luis Enrique was offered the Al-Nassr job but declined.",
        "Al-Nassr made an offer to Stefano Pioli, but the coach chose to stay in Milan.",
    ],
)
def test_refusal_told_after_but(text: str) -> None:
    keys = keys_of(text)
    coach = "Luis Enrique" if "Enrique" in text else "Stefano Pioli"
    assert (coach, "Al-Nassr", "first_team", "offer_declined") in keys


def test_spurned_advances() -> None:
    keys = keys_of("Vincent Kompany has spurned Bayern's advances.")
    assert ("Vincent Kompany", "Bayern Munich", "first_team", "offer_declined") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Sheffield United have been refused permission to speak to Chris Wilder's assistant Alan Knill.",
        "Sheffield United made an approach for Chris Wilder's assistant Alan Knill.",
    ],
)
def test_offer_to_an_aide_named_through_his_boss(text: str) -> None:
    keys = keys_of(text)
    assert ("Alan Knill", "Sheffield United") in _events(keys, "offer")
    assert ("Chris Wilder", "Sheffield United") not in _events(keys, "offer")


def test_offer_for_a_clubs_assistant() -> None:
    keys = keys_of("Orlando Pirates made a formal approach for Mamelodi Sundowns assistant Manqoba Mngqithi.")
    assert ("Manqoba Mngqithi", "Orlando Pirates") in _events(keys, "offer")


def test_approached_the_national_coach() -> None:
    keys = keys_of("Kaizer Chiefs have contacted the Portuguese coach Rui Vitória about the vacancy.")
    assert ("Rui Vitória", "Kaizer Chiefs") in _events(keys, "offer")


def test_bid_for_a_mans_successor_is_no_offer_to_him() -> None:
    keys = keys_of("Hull City have been rebuffed in their attempt to appoint Liam Rosenior's successor.")
    assert ("Liam Rosenior", "Hull City") not in _events(keys, "offer")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # talks to come are a rumour; talks held are the club's approach, an offer
        ("Leicester are set to hold talks with Graham Potter this week.", "linked"),
        ("Leicester will hold discussions with Graham Potter.", "linked"),
        ("Leicester have held discussions with Graham Potter.", "offer"),
        ("Leicester opened talks with Graham Potter on Monday.", "offer"),
        ("Leicester are holding talks with Graham Potter.", "offer"),
    ],
)
def test_talks_to_come_or_discussions(text: str, event: str) -> None:
    keys = keys_of(text)
    assert ("Graham Potter", "Leicester City", "first_team", event) in keys
    assert {k[3] for k in keys if k[0] == "Graham Potter"} == {event}
