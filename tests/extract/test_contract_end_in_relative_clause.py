"""A departure told by a contract not renewed is dated by the contract's end when a relative clause gives
it: "will not renew the contract of coach X, which ends on 31 December", "the contract of Y, which expires
on 30 June, will not be renewed". Sentences and names of our own."""

from __future__ import annotations

from extract_helpers import facts_of


def _left_date(text: str, coach: str, published: str) -> str | None:
    return next(f["date"] for f in facts_of(text, published) if f["coach"] == coach and f["event"] == "left")


def test_contract_not_renewed_ends_on_the_day_its_clause_names() -> None:
    text = (
        "Rosenborg will not renew the contract of head coach Henrik Sollie, which ends on 31 December, the "
        "club said on Thursday."
    )
    assert _left_date(text, "Henrik Sollie", "2024-11-14") == "2024-12-31"


def test_contract_named_first_then_not_renewed() -> None:
    text = (
        "Rosenborg announced on Monday that the contract of the Danish coach Henrik Sollie, which expires "
        "on 30 June, will not be renewed."
    )
    assert _left_date(text, "Henrik Sollie", "2024-05-20") == "2024-06-30"


# --- near misses -------------------------------------------------------------------------------------


def test_clause_about_the_season_does_not_date_the_exit() -> None:
    text = (
        "Rosenborg announced on Monday that they will not renew the contract of coach Henrik Sollie, whose "
        "side plays its last game on 30 June."
    )
    assert _left_date(text, "Henrik Sollie", "2024-05-20") == "2024-05-20"
