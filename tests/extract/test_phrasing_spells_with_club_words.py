"""Career spells told with words between the verb and the club: what the club is ('spent two seasons at
Hungarian champions C', 'with Swedish club C') or the league he worked in ('worked in the Indian Super
League with C', 'in Serie B with C')."""

from __future__ import annotations

import pytest

from tests.extract.extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Marek Nowak is the new Poland coach. Most recently Nowak spent two seasons at Polish champions "
            "Legia Warsaw.",
            ("Marek Nowak", "Legia Warsaw", "first_team", "in_charge"),
        ),
        (
            "Jan Berg is the new Norway coach. Berg spent three years with Swedish club Malmö FF.",
            ("Jan Berg", "Malmö FF", "first_team", "in_charge"),
        ),
        (
            "Tom Hale is the new Wigan manager. Hale spent four seasons at Championship side Hull City.",
            ("Tom Hale", "Hull City", "first_team", "in_charge"),
        ),
        (
            "Mark Hollis is the new Nepal coach. Hollis most recently coached in the Indian "
            "Super League with East Bengal.",
            ("Mark Hollis", "East Bengal FC", "first_team", "in_charge"),
        ),
        (
            "Alessandro Nesta is the new Monza coach. Nesta has worked in Serie B with Perugia.",
            ("Alessandro Nesta", "Perugia", "first_team", "in_charge"),
        ),
        (
            "Marco Rossi is the new Genoa coach. Rossi previously coached in the Saudi Pro League with "
            "Al-Shabab.",
            ("Marco Rossi", "Al-Shabab", "first_team", "in_charge"),
        ),
    ],
)
def test_spell_with_club_or_league_words(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in keys_of(text)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        # a playing spell or an academy stint is no coaching spell
        (
            "Tom Hale is the new Wigan manager. Hale spent four seasons as a player at Championship side "
            "Hull City.",
            "Tom Hale",
            "Hull City",
        ),
        (
            "Marco Rossi is the new Genoa coach. Rossi previously played in the Saudi Pro League with "
            "Al-Shabab.",
            "Marco Rossi",
            "Al-Shabab",
        ),
    ],
)
def test_no_coaching_spell(text: str, coach: str, club: str) -> None:
    assert not any(k[0] == coach and k[1] == club for k in keys_of(text))


def test_worked_in_league_with_a_person_is_no_club_spell() -> None:
    keys = keys_of(
        "Marco Rossi is the new Genoa coach. Rossi worked in the Saudi Pro League with Cristiano Ronaldo."
    )
    assert keys == {("Marco Rossi", "Genoa", "first_team", "appointed")}
