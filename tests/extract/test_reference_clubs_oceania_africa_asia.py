"""Clubs of smaller leagues the press writes about (Auckland City of New Zealand, Angola's Libolo and
Interclube, Senegal's Teungueth, Ghana's WAFA, Thailand's Nakhon Ratchasima, Iran's Padideh, Cyprus's
Doxa Katokopias, Poland's Stal Rzeszów): named, not read as a man (written for these tests in our own
words)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Auckland City have appointed Tom Rees as head coach.", "Auckland City FC"),
        ("Recreativo do Libolo have sacked head coach Paulo Costa.", "Recreativo do Libolo"),
        ("Interclube have named Mário Lopes as their new coach.", "Interclube"),
        ("Teungueth FC have appointed Moussa Diallo as head coach.", "Teungueth FC"),
        ("WAFA have appointed Kwame Mensah as head coach.", "WAFA"),
        ("Nakhon Ratchasima have sacked head coach Somchai Boonmee.", "Nakhon Ratchasima FC"),
        ("Padideh have appointed Reza Karimi as head coach.", "Padideh"),
        ("Doxa Katokopias have named Andreas Georgiou as head coach.", "Doxa Katokopias"),
        ("Stal Rzeszów have appointed Tomasz Nowak as head coach.", "Stal Rzeszów"),
    ],
)
def test_club_of_a_smaller_league_is_named(text: str, club: str) -> None:
    assert {f["club"] for f in facts_of(text)} == {club}


def test_a_club_named_in_a_career_is_no_coach() -> None:
    text = (
        "Tomasz Nowak was named head coach of Widzew Łódź. "
        "He made his name at Stal Rzeszów, which he led in 2021."
    )
    assert "Stal Rzeszów" not in {f["coach"] for f in facts_of(text)}


def test_psm_alone_is_the_makassar_club_only_once_it_is_named() -> None:
    named = "PSM Makassar have appointed Rui Costa as head coach. PSM finished fourth last season."
    assert {f["club"] for f in facts_of(named)} == {"PSM Makassar"}
    # with the club never named in full, "PSM" is nobody's alias
    assert {f["club"] for f in facts_of("PSM have appointed Rui Costa as head coach.")} != {"PSM Makassar"}


def test_independiente_juniors_is_the_reserve_side_of_independiente_del_valle() -> None:
    text = "Independiente del Valle have named Luis Vera as coach of Independiente Juniors."
    assert {(f["club"], f["squad"]) for f in facts_of(text)} == {("Independiente del Valle", "reserve")}


def test_the_rayados_are_independiente_del_valle_only_in_a_story_naming_them() -> None:
    named = "Independiente del Valle have sacked Luis Vera. He had guided the Rayados to the title."
    assert "CF Monterrey" not in {f["club"] for f in facts_of(named)}
    assert {f["club"] for f in facts_of("Rayados have sacked Luis Vera.")} == {"CF Monterrey"}
