"""A side and the coach it is known by, as translated copy and previews write it: 'C, trained by X, will
play …', 'C, directed by X', 'the men's team, coached by X, is top of its group'. Not read: 'led by', which
match reports use of captains ('Spain, led by their captain X'), nor a team 'trained' by a fitness session."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def _spells(text: str) -> set[tuple[str, str]]:
    return {(c, club) for c, club, _, event in keys_of(text) if event == "in_charge"}


def test_side_trained_or_directed_by_its_coach() -> None:
    for text, spell in (
        (
            "Levski Sofia, trained by Todor Rusev, will play the final against Lokomotiv Plovdiv.",
            ("Todor Rusev", "Levski Sofia"),
        ),
        (
            "In the final, Levski Sofia drew 0-0 with Lokomotiv Plovdiv, directed by Todor Rusev.",
            ("Todor Rusev", "Lokomotiv Plovdiv"),
        ),
        (
            "Japan beat China 3-0. The men's team, coached by Kenji Sato, is top of its group.",
            ("Kenji Sato", "Japan"),
        ),
    ):
        assert spell in _spells(text), (text, _spells(text))


def test_led_by_a_captain_is_no_coach() -> None:
    text = "Levski Sofia, led by their captain Todor Rusev, beat Lokomotiv Plovdiv 2-0."
    assert ("Todor Rusev", "Levski Sofia") not in _spells(text)
