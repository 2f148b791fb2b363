"""Rumours, offers and declines as gossip columns phrase them (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of, keys_of


def test_approach_for_a_coach_named_by_his_club() -> None:
    keys = keys_of("Everton made an approach for Brentford coach Thomas Frank on Monday.")
    assert ("Thomas Frank", "Everton", "first_team", "offer") in keys
    assert ("Thomas Frank", "Brentford", "first_team", "in_charge") in keys


def test_offer_to_a_club_for_their_coach() -> None:
    text = "Benfica made an offer to Argentine side Racing Club for their Uruguayan coach Gustavo Costas."
    keys = keys_of(text)
    assert ("Gustavo Costas", "Benfica", "first_team", "offer") in keys
    assert not any(k[3] == "offer" and k[1] != "Benfica" for k in keys)


def test_but_the_descriptor_turned_them_down() -> None:
    text = (
        "Tottenham made an approach for Brighton manager Roberto De Zerbi in May, "
        "but the Italian turned them down."
    )
    keys = keys_of(text)
    assert ("Roberto De Zerbi", "Tottenham Hotspur", "first_team", "offer") in keys
    assert ("Roberto De Zerbi", "Tottenham Hotspur", "first_team", "offer_declined") in keys


def test_permission_to_speak_to_coach_and_his_assistant_then_the_pair_stay() -> None:
    text = (
        "Rangers were given permission to speak to Steve Clarke and his assistant Steven Reid, "
        "but the pair decided to remain with Scotland."
    )
    keys = keys_of(text)
    for name in ("Steve Clarke", "Steven Reid"):
        assert (name, "Rangers", "first_team", "offer") in keys
        assert (name, "Rangers", "first_team", "offer_declined") in keys


def test_ruling_himself_out_declines_no_offer() -> None:
    text = (
        "Everton sacked Mark Dunn on Monday. Rob Edwards had been seen as the favourite, "
        "but he ruled himself out by agreeing a new contract at Luton."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Rob Edwards" and k[3] == "offer_declined" for k in keys)
    assert ("Rob Edwards", "Everton", "first_team", "linked") in keys


def test_rumour_told_apart_from_the_offer_is_kept() -> None:
    text = (
        "Graham Potter is the early favourite for the Chelsea job. "
        "Chelsea have asked Brighton for permission to speak to Potter."
    )
    keys = keys_of(text)
    assert ("Graham Potter", "Chelsea", "first_team", "linked") in keys
    assert ("Graham Potter", "Chelsea", "first_team", "offer") in keys


def test_ruled_out_of_the_race_for_a_job() -> None:
    keys = keys_of("Eddie Howe ruled himself out of the race for the England job on Friday.")
    assert ("Eddie Howe", "England", "national", "linked") in keys
    assert not any(k[3] == "offer_declined" for k in keys)


def test_turned_the_club_down_was_an_offer() -> None:
    keys = keys_of("Roma sacked Ivan Juric. Thiago Motta turned Roma down last week.")
    assert ("Thiago Motta", "Roma", "first_team", "offer_declined") in keys
    assert ("Thiago Motta", "Roma", "first_team", "offer") in keys


def test_refused_the_invitation_was_an_offer() -> None:
    keys = keys_of("Brazil sacked Tite. Abel Ferreira refused the invitation of the CBF on Monday.")
    assert ("Abel Ferreira", "Brazil", "national", "offer_declined") in keys
    assert ("Abel Ferreira", "Brazil", "national", "offer") in keys


def test_club_had_been_linked_with_a_coach() -> None:
    text = "Marseille, who play Lyon on Sunday, had also been linked with Italian Roberto De Zerbi."
    assert ("Roberto De Zerbi", "Olympique de Marseille", "first_team", "linked") in keys_of(text)


def test_club_were_first_linked_with_a_coach() -> None:
    keys = keys_of("Celtic were first linked with Brendan Rodgers in 2016.")
    assert ("Brendan Rodgers", "Celtic", "first_team", "linked") in keys


def test_club_not_linked_is_no_rumour() -> None:
    keys = keys_of("Celtic have not been linked with Brendan Rodgers.")
    assert not any(k[3] == "linked" for k in keys)


def test_who_is_understood_to_be_the_frontrunner() -> None:
    text = (
        "Everton sacked Sean Dyche. The club are closing in on Frank Lampard, "
        "who is understood to be the favourite."
    )
    assert ("Frank Lampard", "Everton", "first_team", "linked") in keys_of(text)


def test_talks_with_a_list_whose_first_name_has_an_aside() -> None:
    text = (
        "Chelsea appointed Enzo Maresca. Chelsea had also held talks with Kieran McKenna, who led Ipswich "
        "to promotion, and Thomas Frank, the Brentford manager."
    )
    keys = keys_of(text)
    # (talks the club "had held" before its choice: candidates weighed, as the training gold records them)
    assert ("Kieran McKenna", "Chelsea", "first_team", "linked") in keys
    assert ("Thomas Frank", "Chelsea", "first_team", "linked") in keys


def test_talks_over_the_position_is_the_story_vacancy() -> None:
    text = (
        "Leeds have appointed Daniel Farke as their new manager. He began his career at Norwich City. "
        "Former Leeds player Gary Monk held talks about the job last month, but no agreement was reached."
    )
    keys = keys_of(text)
    assert ("Gary Monk", "Leeds United", "first_team", "linked") in keys
    assert not any(k[0] == "Gary Monk" and k[1] == "Norwich City" for k in keys)


def test_talks_over_a_new_contract_is_no_rumour() -> None:
    keys = keys_of("Mikel Arteta held talks over a new contract with Arsenal on Monday.")
    assert not any(k[3] == "linked" for k in keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gossip column's candidates: on a list, top of a shortlist, rounds of talks
        (
            "Lille need a new coach. Brest's Rolf Madsen is also on the list, though he is tied down.",
            ("Rolf Madsen", "Lille", "first_team", "linked"),
        ),
        (
            "Lille need a new coach. That leaves Brest's Rolf Madsen at the top of Lille's shortlist.",
            ("Rolf Madsen", "Lille", "first_team", "linked"),
        ),
        (
            "Lille's directors have held three rounds of talks with Rolf Madsen, who is out of work.",
            ("Rolf Madsen", "Lille", "first_team", "offer"),
        ),
    ],
)
def test_gossip_candidates(text: str, expected: tuple) -> None:
    assert expected in keys_of(text)


def test_a_list_of_other_things_is_no_candidacy() -> None:
    keys = keys_of("Brest's Rolf Madsen is on the list of the best-paid coaches in France.")
    assert not {k for k in keys if k[3] == "linked"}


def test_interviewed_candidate_is_linked():
    text = (
        "Hull City have appointed Tim Walter as head coach. Former Swansea manager Rob Kerr was also "
        "interviewed, while Under-21 coach Sam Price had been interviewed for the job."
    )
    keys = keys_of(text)
    assert ("Rob Kerr", "Hull City", "first_team", "linked") in keys
    assert ("Sam Price", "Hull City", "first_team", "linked") in keys


def test_interviewed_by_the_press_is_no_candidacy():
    text = (
        "Celtic have appointed Brendan Rodgers. Former Celtic boss Neil Lennon, interviewed by the BBC, "
        "praised him."
    )
    assert not any(e == "linked" for _, _, _, e in keys_of(text))


def test_club_head_coach_descriptor_names_that_clubs_post_only():
    text = (
        "Sunderland have appointed Regis Le Bris. Former Watford head coach Valerien Ismael was also "
        "interviewed, as was ex-Burnley assistant coach Paul Dunne."
    )
    keys = keys_of(text)
    assert ("Valerien Ismael", "Watford", "first_team", "in_charge") in keys
    assert ("Valerien Ismael", "Sunderland", "first_team", "in_charge") not in keys
    assert ("Paul Dunne", "Sunderland", "first_team", "in_charge") not in keys


def test_each_man_of_a_sounded_out_list_was_approached():
    text = (
        "Everton sacked Frank Lampard on Monday. Everton had sounded out Sean Dyche, Burnley's Vincent "
        "Kompany and Marcelo Bielsa as potential replacements."
    )
    events = events_of(text)
    for coach in ("Sean Dyche", "Vincent Kompany", "Marcelo Bielsa"):
        assert (coach, "Everton", "offer") in events
    assert ("Vincent Kompany", "Burnley", "in_charge") in events


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        # "after also turning down C": the club he turned down
        (
            "Luton Town manager Rob Edwards has signed a new deal at Kenilworth Road after also turning "
            "down Everton, who instead appointed Tom Hale.",
            "Rob Edwards",
            "Everton",
        ),
        # "rejected their approach": the club the sentence opens on
        (
            "Leeds United sacked Jesse Marsch on Monday. Leeds had first targeted Norwich City's Daniel "
            "Farke, but the German rejected their approach.",
            "Daniel Farke",
            "Leeds United",
        ),
    ],
)
def test_a_declined_club_made_an_offer(text: str, coach: str, club: str) -> None:
    events = events_of(text)
    assert (coach, club, "offer_declined") in events
    assert (coach, club, "offer") in events


def test_a_man_closing_an_apposition_rejected_the_clubs_approach():
    text = (
        "Chelsea sacked Graham Potter on Sunday. Chelsea's first choice, Bournemouth coach Andoni Iraola, "
        "turned down the club's offer in March."
    )
    found = {(f["coach"], f["club"], f["event"]): f for f in facts_of(text)}
    assert ("Andoni Iraola", "Chelsea", "offer_declined") in found
    assert ("Andoni Iraola", "Chelsea", "offer") in found
    assert found[("Andoni Iraola", "Chelsea", "offer_declined")]["date"] == "2024-03-01"


def test_a_man_rejected_by_a_club_declined_nothing():
    text = (
        "Chelsea sacked Graham Potter on Sunday. Their candidate, Andoni Iraola, rejected by the board, "
        "stayed put."
    )
    assert not any(f["event"] == "offer_declined" for f in facts_of(text))
