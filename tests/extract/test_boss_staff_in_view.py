"""'X, who has been an assistant on Y's staff, …', 'X, member of the technical staff of Y, was leading the
team': an aide's boss named through his staff with no club after him coached the club in view, and the
aide was on that staff (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_LEAD = "Grasshoppers have sacked head coach Urs Fischer. "


@pytest.mark.parametrize(
    "aide",
    [
        "Marco Keller, member of the technical staff of Fischer, will lead the side as interim coach.",
        "Marco Keller, who has been an assistant on Fischer's staff, will lead the side in the next game.",
        "Marco Keller had been serving as an assistant on Fischer's staff since 2022.",
        "Marco Keller was goalkeeper coach in the staff of Fischer since 2021.",
    ],
)
def test_the_boss_coached_the_club_in_view(aide: str) -> None:
    assert ("Urs Fischer", "Grasshopper Club Zürich", "first_team", "in_charge") in keys_of(_LEAD + aide)


def test_the_aide_was_on_the_staff() -> None:
    facts = facts_of(_LEAD + "Marco Keller had been serving as an assistant on Fischer's staff since 2022.")
    aide = [(f["club"], f["role"], f["event"]) for f in facts if f["coach"] == "Marco Keller"]
    assert ("Grasshopper Club Zürich", "assistant_coach", "in_charge") in aide


@pytest.mark.parametrize(
    "other",
    [
        # a club after the staff: that club's spell, read by other rules
        "Marco Keller had been an assistant on Fischer's staff at Basel.",
        # a staff to come: no spell told
        "Marco Keller will be an assistant on Fischer's staff.",
    ],
)
def test_no_spell_at_the_club_in_view(other: str) -> None:
    facts = facts_of(_LEAD + other)
    assert not any(
        f["coach"] == "Marco Keller" and f["event"] == "in_charge" and f["club"] == "Grasshopper Club Zürich"
        for f in facts
    )


def test_a_staff_at_a_club_named_after_the_boss_is_there() -> None:
    # near-miss: the club after the boss is where his staff was, not the club in view
    keys = keys_of(_LEAD + "Marco Keller was goalkeeper coach in the staff of Fischer at Basel.")
    assert ("Urs Fischer", "Basel", "first_team", "in_charge") in keys
    assert ("Urs Fischer", "Grasshopper Club Zürich", "first_team", "in_charge") not in keys


def test_a_boss_served_at_a_tournament_or_another_club_is_not_in_view() -> None:
    """Near miss (review 16): the boss's clause says where the aide served him, past a relative clause or at
    a tournament; that boss did not coach the club in view."""
    for text, boss in (
        (
            "Brighton have appointed Fabian Hurzeler. He was previously the assistant of Thomas Tuchel, with "
            "whom he won the Champions League at Chelsea.",
            "Thomas Tuchel",
        ),
        (
            "Brighton have appointed Fabian Hurzeler. Hurzeler, a member of the technical staff of Julian "
            "Nagelsmann at the Euros, signed until 2027.",
            "Julian Nagelsmann",
        ),
    ):
        facts = facts_of(text)
        assert not any(f["coach"] == boss and f["club"] == "Brighton & Hove Albion" for f in facts), text
        assert not any(
            f["coach"] == "Fabian Hurzeler"
            and f["role"] == "assistant_coach"
            and f["club"] == "Brighton & Hove Albion"
            for f in facts
        ), text


def test_assistant_to_a_boss_for_a_span_at_a_club_is_read_there() -> None:
    """Review 16: 'assistant to Y for five seasons at C' puts Y at C, not at the club appointing the aide."""
    text = (
        "Brighton have appointed Fabian Hurzeler, who was assistant to Pep Guardiola for five seasons at "
        "Manchester City."
    )
    clubs = {f["club"] for f in facts_of(text) if f["coach"] == "Pep Guardiola"}
    assert clubs == {"Manchester City"}, clubs
