"""Coaches who got no fact at all (session 10): an aide standing in named by his title after a passive
"by", a relative clause telling an old post ("who was the coach of C", "who was national coach himself"),
an executive who once coached, and a full name written after a body's acronym (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- an aide named by his title after "led by" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        (
            "Benfica sacked Bruno Lage. Until a new coach is found, the players will be led by Lage's "
            "assistant Nelson Verissimo.",
            "Benfica",
            "first_team",
        ),
        (
            "Guinea dismissed Paul Morel. Pending the choice of a new coach, the interim will be assured "
            "by his assistant Sekou Camara.",
            "Guinea",
            "national",
        ),
        (
            "Benfica sacked Bruno Lage. The team will be coached by his assistant Nelson Verissimo.",
            "Benfica",
            "first_team",
        ),
        (
            "Benfica sacked Bruno Lage. The team will now be led by assistant Nelson Verissimo on an interim "
            "basis.",
            "Benfica",
            "first_team",
        ),
    ],
)
def test_an_aide_leading_the_team_is_appointed(text: str, club: str, squad: str) -> None:
    aide = "Nelson Verissimo" if "Nelson" in text else "Sekou Camara"
    assert (aide, club, squad, "appointed") in keys_of(text)


def test_the_aides_boss_is_not_the_man_led_by() -> None:
    facts = facts_of("Benfica sacked Bruno Lage. The team will be led by his assistant Nelson Verissimo.")
    assert not [f for f in facts if f["coach"] == "Bruno Lage" and f["event"] == "appointed"]


@pytest.mark.parametrize(
    "text",
    [
        "Benfica appointed Bruno Lage. The attack will be led by captain Rafa Silva and his deputy "
        "Joao Mario.",
        "Benfica appointed Bruno Lage. The defence will be organised by his assistant Nelson Verissimo.",
    ],
)
def test_no_stand_in_without_leading_the_team(text: str) -> None:
    assert not [f for f in facts_of(text) if f["coach"] != "Bruno Lage" and f["event"] == "appointed"]


# --- a relative clause telling an old post -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "club"),
    [
        (
            "Zeljko Petrovic, who was the coach of Serbia twenty years ago, said the choice was right.",
            "Zeljko Petrovic",
            "Serbia",
        ),
        (
            "Anders Linderoth, who himself was selector of the team of Sweden in the 1990s, welcomed him.",
            "Anders Linderoth",
            "Sweden",
        ),
        (
            "Ole Nielsen, who had once been manager of Aberdeen, praised the decision.",
            "Ole Nielsen",
            "Aberdeen",
        ),
        (
            "Savo Milosevic, who was coach of Serbia and Montenegro, backed the choice.",
            "Savo Milosevic",
            "Serbia and Montenegro",
        ),
    ],
)
def test_who_was_coach_of(text: str, name: str, club: str) -> None:
    assert [(f["club"], f["event"]) for f in facts_of(text) if f["coach"] == name] == [(club, "in_charge")]


@pytest.mark.parametrize(
    "text",
    [
        "Zeljko Petrovic, who was the captain of Serbia twenty years ago, said the choice was right.",
        "Zeljko Petrovic, who was youth coach of Partizan, said the choice was right.",
        "Zeljko Petrovic, who was the goalkeeping coach of Serbia, said the choice was right.",
        "Zeljko Petrovic, who was a player of Serbia for ten years, said the choice was right.",
    ],
)
def test_who_was_another_post_gives_no_head_coach_spell(text: str) -> None:
    assert not [f for f in facts_of(text) if f["coach"] == "Zeljko Petrovic" and f["role"] == "head_coach"]


# --- executives who coached ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "club", "squad"),
    [
        (
            "Luxembourg appointed Jeff Strasser. FLF president Paul Weber, who was national coach himself "
            "for sixteen years, called it a natural choice.",
            "Paul Weber",
            "Luxembourg",
            "national",
        ),
        (
            "Porto appointed Martin Anselmi. Porto president Andre Duarte, who coached the club to the "
            "league title in 2011, called Anselmi a modern coach.",
            "Andre Duarte",
            "FC Porto",
            "first_team",
        ),
        (
            "Montenegro appointed Robert Prosinecki. The president of the FSCG Dejan Markovic, who himself "
            "was selector of Montenegro ten years ago, said the choice was unanimous.",
            "Dejan Markovic",
            "Montenegro",
            "national",
        ),
    ],
)
def test_an_executive_who_coached_has_his_spell(text: str, name: str, club: str, squad: str) -> None:
    assert [(f["club"], f["squad"], f["event"]) for f in facts_of(text) if f["coach"] == name] == [
        (club, squad, "in_charge")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Luxembourg appointed Jeff Strasser. FLF president Paul Weber, who was a national team player for "
        "sixteen years, called it a natural choice.",
        "Porto appointed Martin Anselmi. Porto president Andre Duarte, who won the league as a player in "
        "2011, called Anselmi a modern coach.",
        "Montenegro appointed Robert Prosinecki. The president of the FSCG Dejan Markovic said the choice "
        "was unanimous.",
        "Porto appointed Martin Anselmi. Porto president Andre Duarte, who was the captain of the club, "
        "called Anselmi a modern coach.",
    ],
)
def test_executives_who_did_not_coach_get_no_fact(text: str) -> None:
    assert not [f for f in facts_of(text) if f["coach"] in ("Paul Weber", "Andre Duarte", "Dejan Markovic")]


# --- a name after a body's acronym ------------------------------------------------------------------------


def test_a_name_after_an_acronym_is_the_person() -> None:
    keys = keys_of("Kosovo's FFK Alban Dragusha, who was the coach of Kosovo, welcomed the decision.")
    assert ("Alban Dragusha", "Kosovo", "national", "in_charge") in keys
