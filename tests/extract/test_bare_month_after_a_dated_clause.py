"""A bare month in a clause that goes on from a dated one takes its year from the clause word nearest to it:
"appointed in October 2022 after a spell as caretaker but was sacked in May" is May 2023 ('but' tells a later
event; the 'after' belongs to the spell), "appointed in June 2021 after Y resigned in February" is February
2021 (sentences of our own)."""

from __future__ import annotations

from extract_helpers import facts_of

_NEWS = "Fulwood Rangers have sacked head coach Ivan Petrov. "


def _date(text: str, event: str) -> str | None:
    (fact,) = [f for f in facts_of(_NEWS + text) if f["coach"] == "Dale Morrow" and f["event"] == event]
    return fact["date"]


def test_a_later_clause_after_an_after_phrase_is_the_next_year() -> None:
    text = "Dale Morrow was given the job in October 2022 after a spell as caretaker but was sacked in May."
    assert _date(text, "dismissed") == "2023-05-01"


def test_an_after_clause_nearest_the_month_is_still_earlier() -> None:
    text = "Dale Morrow was appointed in June 2021 after Ivan Petrov resigned in February."
    assert _date(text, "appointed") == "2021-06-01"
    (fact,) = [f for f in facts_of(_NEWS + text) if f["coach"] == "Ivan Petrov" and f["event"] == "resigned"]
    assert fact["date"] == "2021-02-01"
