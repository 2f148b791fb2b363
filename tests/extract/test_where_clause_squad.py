"""'arrives from C, where he coached the under-21s': a squad with no club of its own inside the where-clause
of the club before it is that club's (attribution `_squads_of_where_clause`), not the story's club's."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_HIRED = "Hibernian have appointed Colin Baird as head coach. "


def _baird(text: str) -> set[tuple[str, str, str, str]]:
    return {k for k in keys_of(_HIRED + text, "2024-05-01") if k[0] == "Colin Baird"}


def test_squad_in_where_clause_is_the_clubs() -> None:
    keys = _baird("Baird arrives from Aberdeen, where he coached the under-21s for three seasons.")
    assert ("Colin Baird", "Aberdeen", "u21", "in_charge") in keys
    assert not any(k[1] == "Hibernian" and k[2] == "u21" for k in keys)


def test_national_team_where_clause_keeps_its_age_group() -> None:
    keys = _baird("Baird spent six years with Scotland, where he led the under-21s at two Euros.")
    assert ("Colin Baird", "Scotland", "national_u21", "in_charge") in keys


def test_squad_of_another_club_named_inside_is_not_bound() -> None:
    # near-miss: the squad belongs to the other club the clause names
    keys = _baird("Baird arrives from Aberdeen, where he worked beside Dundee's under-21s coach.")
    assert not any(k[1] == "Aberdeen" and k[2] == "u21" for k in keys)
