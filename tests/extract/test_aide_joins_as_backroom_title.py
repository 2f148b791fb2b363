"""An aide who 'joins as', 'comes in as' or 'arrives as' any backroom title is appointed to the staff of the
club in view: 'X joins as goalkeeper coach', 'Y comes in as first-team coach', 'Z will join as physical
trainer', 'W arrives as video analyst'. A man who joins as a player, or as an executive, is no aide."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of, roles_of

_LEAD = "Grimsby Town have appointed Owen Harker as head coach. "


def _appointed(text: str) -> dict[str, str]:
    """Coach → role of the appointments at Grimsby Town."""
    return roles_of(_LEAD + text, "Grimsby Town", "appointed")


def test_joins_comes_in_or_arrives_as_a_backroom_title() -> None:
    for text, aide, role in (
        ("Former keeper Dale Ruddock joins as goalkeeper coach.", "Dale Ruddock", "goalkeeping_coach"),
        ("Lewis Pratt comes in as first-team coach.", "Lewis Pratt", "assistant_coach"),
        ("Sam Okafor will join as physical trainer next month.", "Sam Okafor", "fitness_coach"),
        ("Milan Hrubý arrives as video analyst from Sparta.", "Milan Hrubý", "other_staff"),
    ):
        found = _appointed(text)
        assert found.get(aide) == role, (text, found)


def test_joining_as_a_player_or_executive_is_no_aide() -> None:
    for text, man in (
        ("Striker Dale Ruddock joins as a free agent.", "Dale Ruddock"),
        ("Lewis Pratt comes in as chief executive.", "Lewis Pratt"),
        ("Sam Okafor arrives as a midfielder from Hull.", "Sam Okafor"),
    ):
        assert man not in _appointed(text), text


def test_a_first_team_title_keeps_the_senior_squad_beside_a_youth_spell() -> None:
    """The title after 'as' names the post; the youth side told after it is the spell he leaves behind."""
    for text, youth in (
        ("Lewis Pratt comes in as first-team coach after three seasons in charge of the under-18s.", "u18"),
        ("Lewis Pratt comes in as first-team coach having been in charge of the under-21s.", "u21"),
    ):
        keys = {
            (f["coach"], f["squad"], f["event"])
            for f in facts_of(_LEAD + text)
            if f["club"] == "Grimsby Town"
        }
        assert ("Lewis Pratt", "first_team", "appointed") in keys, (text, keys)
        assert ("Lewis Pratt", youth, "appointed") not in keys, (text, keys)
