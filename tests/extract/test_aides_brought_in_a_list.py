"""Aides a boss brings to his new club, in more shapes: a list after the verb ("brings A and fitness
coach B"), a title naming the club they worked at ("his Lincoln assistant A", "Lincoln's former academy
coach A"), an apposition ("his own assistant, A,"), "takes A with him" and "has brought A". Each is
appointed where the boss goes. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = "Tranmere Rovers have appointed Owen Pritchard as head coach on a two-year deal. "


def _arrivals(text: str) -> set[str]:
    return {
        coach
        for coach, club, _squad, event in keys_of(_STORY + text)
        if (club, event) == ("Tranmere Rovers", "appointed")
    }


def test_every_aide_of_the_list_arrives() -> None:
    text = "Pritchard brings his assistant Dale Morcombe and goalkeeping coach Ivan Petrak."
    assert {"Dale Morcombe", "Ivan Petrak"} <= _arrivals(text)


def test_a_title_naming_his_old_club_still_arrives() -> None:
    text = "Pritchard brings his Lincoln City assistant Dale Morcombe and fitness coach Ivan Petrak."
    assert {"Dale Morcombe", "Ivan Petrak"} <= _arrivals(text)


def test_aide_set_off_by_commas_arrives() -> None:
    assert "Dale Morcombe" in _arrivals(
        "Pritchard brings his own assistant, Dale Morcombe, from Lincoln City."
    )


def test_takes_him_with_him() -> None:
    assert "Dale Morcombe" in _arrivals("Pritchard takes his Lincoln City assistant Dale Morcombe with him.")


def test_has_brought_to_the_town() -> None:
    assert "Dale Morcombe" in _arrivals(
        "Pritchard has brought his former Lincoln City assistant Dale Morcombe to the Wirral."
    )


def test_the_man_he_worked_with_is_no_second_aide() -> None:
    # near-miss: the relative clause names the boss again, not another aide; the aide keeps his old spells
    keys = keys_of(
        _STORY
        + "Pritchard will bring his assistant Dale Morcombe, who followed him to Lincoln City and Barrow."
    )
    assert ("Dale Morcombe", "Tranmere Rovers", "first_team", "appointed") in keys
    assert ("Dale Morcombe", "Lincoln City", "first_team", "in_charge") in keys
    assert ("Owen Pritchard", "Tranmere Rovers", "first_team", "appointed") in keys


def test_staff_he_works_with_are_not_all_brought() -> None:
    # near-miss: "will work with A and B" names the staff he finds too: only the first is read as brought
    text = (
        "Pritchard will work with his assistant Dale Morcombe and the club's goalkeeping coach Ivan Petrak."
    )
    assert "Ivan Petrak" not in _arrivals(text)


def test_a_player_in_the_list_is_no_aide() -> None:
    # near-miss: a man with no staff title in the list is not an aide
    text = "Pritchard brings his assistant Dale Morcombe and striker Ivan Petrak."
    assert "Ivan Petrak" not in _arrivals(text)
