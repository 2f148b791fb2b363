"""'the club's under-23 side', 'the Under-19 of the club': a squad of the one club the sentence named
before it (attribution `_squads_of_the_club_named`), not of the club the story is at."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_HIRED = "Hibernian have appointed Colin Baird as head coach. "


def _baird(text: str) -> set[tuple[str, str, str, str]]:
    return {k for k in keys_of(_HIRED + text, "2024-05-01") if k[0] == "Colin Baird"}


def test_the_clubs_squad_is_the_club_named_before() -> None:
    keys = _baird(
        "Baird, 44, has spent the last two years as an assistant to Gary Moffat at Aberdeen after "
        "coaching the club's youth team."
    )
    assert ("Colin Baird", "Aberdeen", "youth", "in_charge") in keys
    assert ("Colin Baird", "Hibernian", "youth", "in_charge") not in keys


def test_several_clubs_named_before_leave_the_club_unsure() -> None:
    # near-miss: a playing career names three clubs; "the club" is none of them for sure
    keys = _baird("Baird played for Aberdeen, Dundee and Kilmarnock, and later coached the club's under-18s.")
    assert not any(k[1] == "Kilmarnock" and k[2] == "u18" for k in keys)


def test_a_national_team_named_before_is_no_club() -> None:
    # near-miss: the country he played for owns no club squad
    keys = _baird("Baird, who won caps for Scotland, had coached the club's under-18s since 2019.")
    assert not any(k[1] == "Scotland" for k in keys)
