"""Staff who come and go with a head coach, and coaches named in less common ways
(sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

# --- staff leaving with a sacked coach -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Lazio has relieved today Marco Baroni from the post of trainer of the first team, together "
        "with his staff composed by the assistants Giorgio Centi and Paolo Venturi and by the athletic "
        "preparer Luca Manfredi.",
        "Lazio relieved Marco Baroni of his duties together with his staff made up of the assistants "
        "Giorgio Centi and Paolo Venturi and the fitness coach Luca Manfredi.",
    ],
)
def test_a_translated_staff_list_goes_with_the_sacked_coach(text: str) -> None:
    facts = facts_of(text)
    keys = {(f["coach"], f["club"], f["squad"], f["event"]) for f in facts}
    for name in ("Marco Baroni", "Giorgio Centi", "Paolo Venturi", "Luca Manfredi"):
        assert (name, "Lazio", "first_team", "dismissed") in keys
    roles = {f["coach"]: f["role"] for f in facts}
    assert roles["Luca Manfredi"] == "fitness_coach"
    assert roles["Giorgio Centi"] == "assistant_coach"


def test_relieved_from_his_post() -> None:
    keys = keys_of("Sampdoria relieved Andrea Sottil from his post on Monday.")
    assert ("Andrea Sottil", "Sampdoria", "first_team", "dismissed") in keys


# --- staff arriving with a new coach ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bristol City have appointed Liam Manning as head coach. Manning will be joined at Ashton Gate by "
        "his long-serving assistant Chris Hogg.",
        "Bristol City have appointed Liam Manning as head coach. He will be joined at Bristol City by "
        "long-time assistant Chris Hogg.",
    ],
)
def test_joined_at_the_club_or_ground_by_an_assistant(text: str) -> None:
    keys = keys_of(text)
    assert ("Chris Hogg", "Bristol City", "first_team", "appointed") in keys


def test_an_assistant_expected_to_follow_him_is_a_rumour() -> None:
    keys = keys_of(
        "Norwich City are close to appointing Gary O'Neil. O'Neil's long-time assistant Tim Jenkins is "
        "expected to follow him to Norwich City."
    )
    assert ("Tim Jenkins", "Norwich City", "first_team", "linked") in keys
    assert ("Tim Jenkins", "Norwich City", "first_team", "appointed") not in keys
