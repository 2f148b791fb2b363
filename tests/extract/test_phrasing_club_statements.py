"""Club statements as news sites reprint them (sentences of our own): "C can confirm that X has left his
role as Head Coach", "C and X have agreed to end their working relationship", "C and X have agreed to
extend his contract"."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Oldham Athletic can confirm that Tobias Rendall has left his role as Head Coach with immediate "
        "effect.",
        "Oldham Athletic can confirm Tobias Rendall has left his position as Manager.",
        "Oldham Athletic announced that Tobias Rendall has vacated his post as manager.",
        "Statement. Oldham Athletic confirm that Tobias Rendall, 48, has left his job as head coach after a "
        "run of five defeats.",
    ],
)
def test_leaving_a_post_named_by_its_title_alone(text: str) -> None:
    assert ("Tobias Rendall", "Oldham Athletic", "first_team", "left") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Oldham Athletic have sacked Ian Pell. Tobias Rendall has also left his post as assistant "
            "manager.",
            "assistant_coach",
        ),
        (
            "Oldham Athletic have sacked Ian Pell. Tobias Rendall has left his role as goalkeeping coach.",
            "goalkeeping_coach",
        ),
    ],
)
def test_an_aide_leaving_a_post_named_by_its_title_alone(text: str, role: str) -> None:
    roles = {f["role"] for f in facts_of(text) if f["coach"] == "Tobias Rendall" and f["event"] == "left"}
    assert roles == {role}


def test_a_title_of_another_club_is_not_the_statements() -> None:
    keys = keys_of("Oldham Athletic confirm that Tobias Rendall has left his role as manager of Bury.")
    assert ("Tobias Rendall", "Oldham Athletic", "first_team", "left") not in keys
    assert ("Tobias Rendall", "Bury FC", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Grimsby Town and Tobias Rendall have agreed to end their working relationship.",
        "Grimsby Town and Tobias Rendall have mutually agreed to terminate their collaboration.",
        "Grimsby Town and Tobias Rendall have decided to end their association after two years.",
        "Grimsby Town and Tobias Rendall ended their cooperation on Tuesday.",
    ],
)
def test_both_sides_ending_their_relationship_is_a_departure(text: str) -> None:
    keys = keys_of(text)
    assert ("Tobias Rendall", "Grimsby Town", "first_team", "left") in keys
    assert ("Tobias Rendall", "Grimsby Town", "first_team", "dismissed") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Grimsby Town and Tobias Rendall have agreed to extend his contract until June 2027.",
        "Grimsby Town and Tobias Rendall have agreed to extend the coach's deal by a further year.",
        "Grimsby Town and Tobias Rendall have reached an agreement to renew his contract for two seasons.",
        "Grimsby Town and Tobias Rendall have agreed a contract extension until 2026.",
        "Grimsby Town and Tobias Rendall have agreed a new deal.",
    ],
)
def test_both_sides_agreeing_an_extension(text: str) -> None:
    assert ("Tobias Rendall", "Grimsby Town", "first_team", "extended") in keys_of(text)


def test_agreeing_to_end_is_no_extension() -> None:
    keys = keys_of("Grimsby Town and Tobias Rendall have agreed to end their working relationship.")
    assert not any(k[3] == "extended" for k in keys)
    assert ("Tobias Rendall", "Grimsby Town", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Port Vale announced that Tobias Rendall is no longer the head coach.",
        "Port Vale confirm that Tobias Rendall is no longer the first team coach.",
        "Port Vale communicates that Tobias Rendall has ceased to be the coach of the first team.",
        "Tobias Rendall ceased to be the manager of Port Vale on Monday.",
    ],
)
def test_no_longer_the_coach_in_the_clubs_voice(text: str) -> None:
    keys = keys_of(text)
    assert ("Tobias Rendall", "Port Vale", "first_team", "left") in keys
    assert ("Tobias Rendall", "Port Vale", "first_team", "appointed") not in keys


@pytest.mark.parametrize(
    "text",
    [
        "Port Vale announces the extension of Tobias Rendall's contract until 2026.",
        "Port Vale have confirmed the renewal of head coach Tobias Rendall's deal.",
    ],
)
def test_the_club_announcing_the_extension_of_his_contract(text: str) -> None:
    assert ("Tobias Rendall", "Port Vale", "first_team", "extended") in keys_of(text)


def test_talks_over_an_extension_are_no_extension() -> None:
    keys = keys_of("Port Vale are in talks over the extension of Tobias Rendall's contract.")
    assert ("Tobias Rendall", "Port Vale", "first_team", "extended") not in keys
