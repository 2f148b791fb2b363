"""Gossip columns and club statements: refusals told of the club, a club's wish, lists, new deals and
aides who follow their boss (sentences of our own, several wordings each)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Bournemouth boss Andoni Iraola knocked back an offer from Bayern Munich.",
        "Andoni Iraola has snubbed an approach from Bayern Munich.",
        "Andoni Iraola rebuffed a bid from Bayern Munich last week.",
    ],
)
def test_refusing_an_offer_from_a_club(text: str) -> None:
    keys = keys_of(text)
    assert ("Andoni Iraola", "Bayern Munich", "first_team", "offer") in keys
    assert ("Andoni Iraola", "Bayern Munich", "first_team", "offer_declined") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Rangers have been rejected by Kevin Muscat, who wants to stay in Japan.",
        "Rangers were snubbed by Kevin Muscat on Friday.",
        "Rangers' approach for him was turned down by Kevin Muscat.",
        "Rangers' offer has been knocked back by Kevin Muscat.",
    ],
)
def test_club_turned_down_by_the_coach(text: str) -> None:
    keys = keys_of(text)
    assert ("Kevin Muscat", "Rangers", "first_team", "offer") in keys
    assert ("Kevin Muscat", "Rangers", "first_team", "offer_declined") in keys


def test_a_player_rejected_by_a_coach_is_not_told_the_other_way() -> None:
    keys = keys_of("Kevin Muscat was rejected by Rangers.")
    assert not any(k[3] == "offer_declined" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Tottenham are considering Kieran McKenna.",
        "Tottenham want Kieran McKenna to replace Ange Postecoglou.",
        "Tottenham are keen on Ipswich boss Kieran McKenna.",
        "Kieran McKenna is wanted by Tottenham, according to reports.",
        "Kieran McKenna is also coveted by Premier League side Tottenham.",
    ],
)
def test_club_wants_a_coach(text: str) -> None:
    assert ("Kieran McKenna", "Tottenham Hotspur", "first_team", "linked") in keys_of(text)


def test_club_wanting_its_coach_to_stay_is_no_rumour() -> None:
    keys = keys_of("Tottenham want Ange Postecoglou to stay for another season.")
    assert not any(k[3] == "linked" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Wolves are interested in appointing Gary O'Neil.",
        "Wolves are keen to appoint Gary O'Neil.",
        "Wolves hope to appoint Gary O'Neil before the start of pre-season.",
    ],
)
def test_a_clubs_wish_to_appoint_is_a_rumour(text: str) -> None:
    keys = keys_of(text)
    assert ("Gary O'Neil", "Wolverhampton Wanderers", "first_team", "linked") in keys
    assert not any(k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Leicester City need a new manager. Graham Potter heads the list of candidates.",
        "Leicester City need a new manager. Graham Potter tops their shortlist.",
        "Leicester City need a new manager. The 49-year-old Graham Potter is top of their list.",
        "Graham Potter is at the top of Leicester City's wish list.",
    ],
)
def test_first_name_on_the_list(text: str) -> None:
    assert ("Graham Potter", "Leicester City", "first_team", "linked") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aston Villa have tied manager Unai Emery to a new five-year contract.",
        "Aston Villa tied Unai Emery down to a new long-term deal on Friday.",
        "Aston Villa have agreed a contract extension with head coach Unai Emery.",
        "Aston Villa reached agreement on a new contract with Unai Emery.",
        "Unai Emery has agreed a new deal with Aston Villa.",
        "Unai Emery agreed a two-year contract extension with Aston Villa.",
    ],
)
def test_club_keeps_its_coach(text: str) -> None:
    assert ("Unai Emery", "Aston Villa", "first_team", "extended") in keys_of(text)


@pytest.mark.parametrize("verb", ["follows him", "has joined him", "will accompany him"])
def test_aide_following_his_boss_from_a_club(verb: str) -> None:
    text = (
        "Vincent Kompany was appointed Bayern Munich coach on Wednesday. "
        f"Goalkeeping coach Michael Rechner {verb} from Burnley."
    )
    keys = keys_of(text)
    assert ("Michael Rechner", "Bayern Munich", "first_team", "appointed") in keys
    assert ("Michael Rechner", "Burnley", "first_team", "left") in keys
    assert ("Michael Rechner", "Burnley", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Arne Slot has been appointed head coach of Liverpool. He will bring his assistant Sipke Hulshoff "
        "with him from Feyenoord.",
        "Arne Slot has been appointed head coach of Liverpool and brings his assistant Sipke Hulshoff "
        "from Feyenoord.",
    ],
)
def test_boss_brings_his_aide_from_a_club(text: str) -> None:
    keys = keys_of(text)
    assert ("Sipke Hulshoff", "Liverpool", "first_team", "appointed") in keys
    assert ("Sipke Hulshoff", "Feyenoord", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Mauricio Pochettino has left Chelsea by mutual consent. "
        "The backroom team of Jesus Perez and Miguel D'Agostino also depart.",
        "Mauricio Pochettino has left Chelsea by mutual consent. "
        "His coaching staff, Jesus Perez and Miguel D'Agostino, have left too.",
    ],
)
def test_backroom_team_named_as_a_group_leaves(text: str) -> None:
    keys = keys_of(text)
    assert ("Jesus Perez", "Chelsea", "first_team", "left") in keys
    assert ("Miguel D'Agostino", "Chelsea", "first_team", "left") in keys


def test_backroom_team_named_as_a_group_sacked() -> None:
    text = (
        "Chelsea sacked Graham Potter. The backroom team of Billy Reid and Bruno Saltor were also dismissed."
    )
    keys = keys_of(text)
    assert ("Billy Reid", "Chelsea", "first_team", "dismissed") in keys
    assert ("Bruno Saltor", "Chelsea", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Fitness coach Marcos Alvarez has left Tottenham Hotspur along with head coach Ange Postecoglou.",
        "Marcos Alvarez departs Tottenham Hotspur together with manager Ange Postecoglou.",
    ],
)
def test_leaving_along_with_the_head_coach(text: str) -> None:
    keys = keys_of(text)
    assert ("Marcos Alvarez", "Tottenham Hotspur", "first_team", "left") in keys
    assert ("Ange Postecoglou", "Tottenham Hotspur", "first_team", "left") in keys


def test_the_staff_of_the_boss_accompanying_him_is_not_his_own_move() -> None:
    text = (
        "Al-Nassr appointed Paolo Vitale on Friday. "
        "The technical staff of Vitale accompanies him to Riyadh, led by his assistant "
        "Marco Belli."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Paolo Vitale" and k[3] == "left" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "England boss Gareth Southgate has been approached by Manchester United.",
        "Gareth Southgate, 53, was sounded out by Premier League club Manchester United last week.",
    ],
)
def test_approached_by_the_suitor_named(text: str) -> None:
    keys = keys_of(text)
    assert ("Gareth Southgate", "Manchester United", "first_team", "offer") in keys
    assert not any(k[3] == "offer" and k[1] != "Manchester United" for k in keys)
