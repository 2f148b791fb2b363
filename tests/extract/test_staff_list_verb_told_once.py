"""A staff list told with its verb once: 'appointed A as goalkeeping coach and B as performance analyst',
'A joins as assistant coach, B as fitness coach and C as strength and conditioning coach', 'hired A,
previously of C, as its fitness coach, and B as video analyst'; and an aide added to his boss's change by
'with': 'appointed X as head coach, with B as his assistant'. Each later item tells the same change as the
one before, with its own title. Not read: a list of players in their positions, a man 'with' another as
captain, and a title before a comma that ends the item before ('… as assistant coach, B as …' gives B no
title of the first item's)."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

_LEAD = "Tranmere Rovers have appointed Gareth Lowe as head coach. "


def _posts(text: str) -> dict[str, tuple[str, str]]:
    """Coach → (event, role) of the facts at Tranmere Rovers."""
    return {
        f["coach"]: (f["event"], f["role"])
        for f in facts_of(_LEAD + text)
        if f["club"] == "Tranmere Rovers" and f["coach"] != "Gareth Lowe"
    }


def test_later_items_of_a_list_told_once_are_appointed_with_their_titles() -> None:
    for text, expected in (
        (
            "The club also appointed Ian Rudd as goalkeeping coach and Paul Sneyd as performance analyst.",
            {"Ian Rudd": ("appointed", "goalkeeping_coach"), "Paul Sneyd": ("appointed", "other_staff")},
        ),
        (
            "Nathan Birch joins as assistant coach, Ian Rudd as goalkeeping coach and Paul Sneyd as "
            "strength and conditioning coach.",
            {
                "Nathan Birch": ("appointed", "assistant_coach"),
                "Ian Rudd": ("appointed", "goalkeeping_coach"),
                "Paul Sneyd": ("appointed", "fitness_coach"),
            },
        ),
        (
            "Tranmere hired Ian Rudd, previously of Wrexham, as their new fitness coach, and Paul Sneyd as "
            "video analyst.",
            {"Paul Sneyd": ("appointed", "other_staff")},
        ),
    ):
        found = _posts(text)
        for man, post in expected.items():
            assert found.get(man) == post, (text, found)


def test_an_aide_added_by_with_shares_his_bosss_appointment() -> None:
    facts = facts_of(
        "Tranmere Rovers have appointed Gareth Lowe as head coach, with Ian Rudd as his assistant."
    )
    assert ("Ian Rudd", "Tranmere Rovers", "appointed", "assistant_coach") in {
        (f["coach"], f["club"], f["event"], f["role"]) for f in facts
    }


def test_players_and_captains_are_no_staff_list() -> None:
    for text, man in (
        ("Lowe played Ian Rudd as a striker and Paul Sneyd as a winger.", "Paul Sneyd"),
        ("Lowe won the league with Ian Rudd as captain.", "Ian Rudd"),
        (
            "The club also appointed Ian Rudd as sporting director and Paul Sneyd as chief scout.",
            "Paul Sneyd",
        ),
    ):
        assert man not in _posts(text), text


def test_a_title_ending_the_item_before_is_not_the_next_mans() -> None:
    found = _posts("Nathan Birch joins as assistant coach, Ian Rudd as goalkeeping coach.")
    assert found.get("Ian Rudd") == ("appointed", "goalkeeping_coach"), found


def _dates(text: str) -> dict[str, str | None]:
    """Coach → date of his appointment."""
    return {f["coach"]: f["date"] for f in facts_of(text) if f["event"] == "appointed"}


def test_an_aide_added_by_with_takes_his_boss_changes_date() -> None:
    # told in the simple past with no date: the head coach's change is undated, and so is his aide's copy
    undated = _dates("Morecambe named Paul Tate as manager, with Rob Kerr as his number two.")
    assert undated == {"Paul Tate": None, "Rob Kerr": None}
    # a date, or today's news, dates both alike
    dated = _dates("Morecambe named Paul Tate as manager on Friday, with Rob Kerr as his assistant.")
    assert dated["Rob Kerr"] == dated["Paul Tate"] is not None
    today = _dates("Morecambe have named Paul Tate as manager, with Rob Kerr as his assistant.")
    assert today["Rob Kerr"] == today["Paul Tate"] == "2024-03-12"
