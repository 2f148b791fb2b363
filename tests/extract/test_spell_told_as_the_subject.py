"""A spell of the man in view told as the sentence's subject, as what came next or how long it lasted ('A
short stint at C followed', 'A stint at C in 2012 lasted only a few weeks'): a spell at C, a step of a
career told in passing (the story stays at its club)."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

LEAD = (
    "Walsall have appointed Tom Ashby as their new manager, two days after Ian Holt resigned. "
    "Ashby, 49, began his coaching career with the youth sides of Crewe Alexandra. "
)


def _facts(text: str) -> list[dict]:
    return facts_of(LEAD + text, "2024-05-01")


def _ashby_spells(text: str) -> set[str]:
    return {f["club"] for f in _facts(text) if f["coach"] == "Tom Ashby" and f["event"] == "in_charge"}


def test_short_stint_that_followed() -> None:
    assert "Stockport County" in _ashby_spells("A short stint at Stockport County followed.")


def test_stint_dated_and_how_long_it_lasted() -> None:
    text = "A stint at Stockport County in 2019 lasted only eleven games."
    assert "Stockport County" in _ashby_spells(text)


def test_spell_with_a_club_that_followed() -> None:
    text = "A two-year spell with Stockport County followed in League Two."
    assert "Stockport County" in _ashby_spells(text)


def test_story_stays_at_its_club_after_the_spell() -> None:
    text = (
        "Walsall have appointed Tom Ashby as their new manager, two days after Ian Holt resigned. Ashby made "
        "his name in non-league football. A short stint at Stockport County followed in 2019. Holt, the "
        "ex-Leeds boss, stepped down on Sunday after four straight defeats."
    )
    facts = facts_of(text, "2024-05-01")
    resigned = {f["club"] for f in facts if f["coach"] == "Ian Holt" and f["event"] == "resigned"}
    assert resigned == {"Walsall"}


def test_a_spell_that_ended_is_not_read_so() -> None:
    # near-miss: its end is the news told there (a sacking, a departure), not a spell that came next
    assert "Stockport County" not in _ashby_spells("A short spell at Stockport County ended in April.")


def test_a_players_loan_spell_is_no_coaching_spell() -> None:
    text = (
        "Walsall have signed the striker Joe Perrin from Crewe Alexandra. Perrin came through the academy "
        "at Crewe Alexandra. A short loan spell at Stockport County followed."
    )
    assert not [f for f in facts_of(text, "2024-05-01") if f["club"] == "Stockport County"]
