"""Review mends: rules that read a man's post where the words tell another's post, a non-coaching post,
or no post at all. Each near-miss text also carries a real fact, so no test passes on an empty
extractor. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

HIRED = "Sevilla have appointed Unai Emery as head coach. "
EMERY = ("Unai Emery", "Sevilla", "appointed")


@pytest.mark.parametrize(
    "aside",
    [
        "Jesus Navas, who was manager Unai Emery's first signing, scored twice.",
        "Jesus Navas, who was the coach's first signing at Sevilla, scored twice.",
        "Jesus Navas, who was coach Unai Emery's captain at Sevilla, scored twice.",
        "Ivan Rakitic, who was the manager's favourite player, scored.",
    ],
)
def test_who_was_a_title_owning_someone_else_is_not_his_post(aside: str) -> None:
    keys = events_of(HIRED + aside)
    assert EMERY in keys
    assert not any(k[0] in ("Jesus Navas", "Ivan Rakitic") for k in keys)


def test_who_was_manager_of_the_club_is_still_a_spell() -> None:
    keys = events_of(HIRED + "Juan Ramos, who was manager of Sevilla from 2005, praised him.")
    assert {EMERY, ("Juan Ramos", "Sevilla", "in_charge")} <= keys


SACKED = "Sevilla sacked Julen Lopetegui on Monday. "
LOPETEGUI = ("Julen Lopetegui", "Sevilla", "dismissed")
SILVA_HIRED = ("Pedro Silva", "Sevilla", "appointed")


@pytest.mark.parametrize(
    "handover",
    [
        "The post of sporting director passes to Pedro Silva.",
        "The direction of the academy now passes to Pedro Silva.",
        "The job of chief scout goes to Pedro Silva.",
        "The post on the board passes to Pedro Silva.",
    ],
)
def test_another_post_passing_to_him_is_no_bench(handover: str) -> None:
    events = events_of(SACKED + handover)
    assert LOPETEGUI in events
    assert SILVA_HIRED not in events


@pytest.mark.parametrize(
    "handover",
    [
        "The bench passes to Pedro Silva.",
        "The job goes to Pedro Silva.",
        "The job of the team now passes to Pedro Silva.",
        "The post on the bench passes to Pedro Silva.",
        "The helm goes into the hands of Pedro Silva.",
        "The helm went into the hands of Pedro Silva.",
    ],
)
def test_the_bench_passing_to_him_is_his_appointment(handover: str) -> None:
    assert {LOPETEGUI, SILVA_HIRED} <= events_of(SACKED + handover)


DZ_OFFER = ("Roberto De Zerbi", "Chelsea", "offer")
DZ_DECLINED = ("Roberto De Zerbi", "Chelsea", "offer_declined")


@pytest.mark.parametrize(
    "told",
    [
        "Chelsea held talks with Roberto De Zerbi, who was happy with the project presented to him.",
        "Chelsea approached Roberto De Zerbi, and he is happy with the terms offered.",
        "Chelsea contacted Roberto De Zerbi, who decided to sign a new contract with Chelsea on Monday.",
        "Chelsea contacted Roberto De Zerbi, who decided to sign a new two-year deal.",
    ],
)
def test_happy_with_the_offer_or_signing_it_is_no_refusal(told: str) -> None:
    events = events_of(told)
    assert DZ_OFFER in events
    assert DZ_DECLINED not in events


@pytest.mark.parametrize(
    "told",
    [
        "Chelsea contacted Roberto De Zerbi, who opted to sign a new deal at Brighton instead.",
        "Chelsea approached Roberto De Zerbi, but he is happy to stay where he is.",
    ],
)
def test_signing_elsewhere_instead_is_a_refusal(told: str) -> None:
    assert {DZ_OFFER, DZ_DECLINED} <= events_of(told)


VALVERDE = ("Ernesto Valverde", "Athletic Bilbao", "in_charge")


@pytest.mark.parametrize(
    "told",
    [
        "Pablo Garcia, the club's academy director, has been in charge at Lezama since 2015.",
        "Head groundsman Pablo Garcia has been in charge at San Mames since 2019.",
        "Pablo Garcia, Athletic's kit man, has been in charge at Lezama since 2015.",
        "Sporting director Pablo Garcia has been in charge at Lezama since 2015.",
    ],
)
def test_a_man_titled_off_the_bench_in_charge_there_is_no_coach(told: str) -> None:
    events = events_of("Ernesto Valverde has been in charge of Athletic Club since 2022. " + told)
    assert VALVERDE in events
    assert not any(e[0] == "Pablo Garcia" for e in events)


def test_a_head_coach_in_charge_there_is_a_spell() -> None:
    told = (
        "Athletic won. Ernesto Valverde, the club's head coach, has been in charge at San Mames since 2022."
    )
    assert VALVERDE in events_of(told)


EXTENDED = "Sevilla have extended the contract of Julen Lopetegui. "


@pytest.mark.parametrize(
    "told",
    [
        "Assistant Pedro Silva and fitness coach Joao Lima have also signed two-year deals.",
        "Assistant Pedro Silva and fitness coach Joao Lima have also been given fresh contracts.",
    ],
)
def test_staff_deals_in_the_plural_are_read(told: str) -> None:
    events = events_of(EXTENDED + told)
    assert {("Julen Lopetegui", "Sevilla", "extended"), ("Pedro Silva", "Sevilla", "extended")} <= events


def test_the_new_vice_is_read() -> None:
    events = events_of("Sevilla have appointed Julen Lopetegui as head coach. The new vice is Pedro Silva.")
    assert {("Julen Lopetegui", "Sevilla", "appointed"), ("Pedro Silva", "Sevilla", "appointed")} <= events


LOPETEGUI_HIRED = "Sevilla have appointed Julen Lopetegui as head coach. "


@pytest.mark.parametrize(
    "told",
    [
        "Lopetegui played in Spain, before working with Real Madrid as a scout.",
        "Lopetegui played in Spain, before working with Real Madrid and Porto as an analyst.",
        "Lopetegui played in Spain, before working with Real Madrid as their sporting director.",
    ],
)
def test_working_with_a_club_off_the_bench_is_no_spell(told: str) -> None:
    events = events_of(LOPETEGUI_HIRED + told)
    assert ("Julen Lopetegui", "Sevilla", "appointed") in events
    assert not any(e[1] in ("Real Madrid", "FC Porto", "Porto") for e in events)


def test_working_with_clubs_is_still_a_spell() -> None:
    events = events_of(
        LOPETEGUI_HIRED + "Lopetegui played in Spain, before working with Real Madrid and Porto."
    )
    assert {
        ("Julen Lopetegui", "Sevilla", "appointed"),
        ("Julen Lopetegui", "Real Madrid", "in_charge"),
    } <= events
