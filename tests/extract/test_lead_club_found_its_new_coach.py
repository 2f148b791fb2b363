"""A lead opening 'C has found its new head coach: X …' makes C the story's club, however often an aide's
former club is named after it; and a German club named '<Town>er SV' ('Sportverein') is a club even when the
reference data does not list it. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import run_mentions


def _clubs(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "C"]


def test_sv_closes_an_unknown_club() -> None:
    assert _clubs("Tom Baker had led Moorbacher SV since 2019.") == ["Moorbacher SV"]


def test_near_miss_lowercase_sv_is_no_club_word() -> None:
    assert _clubs("Tom Moorbach Sv said nothing.") == []


_FOUND_ITS_NEW = (
    "Moorbacher SV has found its new head coach: Lutz Brenner will take over the team in the summer. "
    "Brenner was assistant of the U23 of Werder Bremen. "
    "Goalkeeping coach Jan Ritter stays on, and fitness coach Ole Fink comes with him from Bremen."
)


def test_the_lead_club_keeps_the_story() -> None:
    keys = keys_of(_FOUND_ITS_NEW, "2023-05-20")
    assert ("Lutz Brenner", "Moorbacher SV", "first_team", "appointed") in keys
    assert ("Jan Ritter", "Moorbacher SV", "first_team", "in_charge") in keys
    assert ("Jan Ritter", "Werder Bremen", "first_team", "in_charge") not in keys


def test_their_new_manager_too() -> None:
    text = (
        "Bristol Rovers have found their new manager: Dan Hale arrives from Exeter City on a two-year deal. "
        "Hale led Exeter City to promotion and Exeter City finished fourth."
    )
    assert ("Dan Hale", "Bristol Rovers", "first_team", "appointed") in keys_of(text, "2023-05-20")


def test_near_miss_found_a_new_striker_names_no_coach() -> None:
    text = "Moorbacher SV has found its new striker: Lutz Brenner arrives from Werder Bremen."
    assert not any(event == "appointed" for *_x, event in keys_of(text, "2023-05-20"))
