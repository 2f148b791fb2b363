"""The lead's "X is the new head trainer of C" (translated Dutch "hoofdtrainer", German "Cheftrainer") is
the day's news, as "X is the new head coach of C" is: the appointment takes the article's date. Sentences
and names of our own."""

from __future__ import annotations

from extract_helpers import facts_of


def _appointed_dates(text: str) -> list[str | None]:
    return [f["date"] for f in facts_of(text, "2024-03-12") if f["event"] == "appointed"]


def test_new_head_trainer_in_the_lead_is_appointed_today() -> None:
    text = "ROTTERDAM (ANP) - Wim Doorn is the new head trainer of Heracles Almelo, the club said."
    assert _appointed_dates(text) == ["2024-03-12"]


def test_new_technician_in_the_lead_is_appointed_today() -> None:
    text = "Wim Doorn is the new technician of Heracles Almelo after the exit of his predecessor."
    assert _appointed_dates(text) == ["2024-03-12"]


# --- near miss: a past appointment told later is no news of today ------------------------------------


def test_past_new_trainer_is_not_dated_today() -> None:
    text = (
        "Heracles Almelo sacked their coach on Monday. Wim Doorn had been the new head trainer of Heracles "
        "Almelo for only a month in 2019."
    )
    assert "2024-03-12" not in [f["date"] for f in facts_of(text, "2024-03-12") if f["coach"] == "Wim Doorn"]
