"""A spell told with the year it ended: "X coached C until 2021", "who managed C for eight years until 2013"
tell his spell at C and his departure that year. Near misses: a contract "until 2027" is a term, not a
departure; an end still to come ends nothing; and the end told of one club ends no other club the sentence
names after it ("was in charge of A until 2014 and has coached B")."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

_LEAD = "Oakfield Rovers have named Tom Weller as their new manager. "


def _left(text: str, club: str) -> list[dict]:
    return [f for f in facts_of(_LEAD + text, "2023-05-05") if f["event"] == "left" and f["club"] == club]


def test_coached_until_a_year_is_his_departure_that_year() -> None:
    left = _left(
        "Piet Lammers, 49, coached Harwich Town until 2021 and had been without a club since.", "Harwich Town"
    )
    assert [(f["coach"], f["date"], f["date_precision"]) for f in left] == [
        ("Piet Lammers", "2021-01-01", "year")
    ]


def test_years_in_charge_until_a_year() -> None:
    left = _left(
        "Piet Lammers, who managed Harwich Town for eight years until 2013, was approached.", "Harwich Town"
    )
    assert [f["coach"] for f in left] == ["Piet Lammers"]


def test_end_told_of_one_club_ends_no_club_named_after() -> None:
    text = (
        "Piet Lammers was most recently in charge of Harwich Town until 2014 and has coached Bexley United."
    )
    assert _left(text, "Harwich Town")
    assert not _left(text, "Bexley United")


def test_contract_until_a_year_is_no_departure() -> None:
    keys = keys_of(_LEAD + "Tom Weller has signed a contract until 2026.", "2023-05-05")
    assert not any(event == "left" for _coach, _club, _squad, event in keys)


def test_end_still_to_come_ends_nothing() -> None:
    assert not _left(
        "Piet Lammers has coached Harwich Town since 2019 and will stay until 2025.", "Harwich Town"
    )
