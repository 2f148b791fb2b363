"""The top divisions of Ivory Coast, Guinea, Mali, Cameroon, Burkina Faso, Benin, Sudan and Libya:
a club named bare is a club.

Invented sentences; the clubs are real members of those leagues (pipeline/reference/README.md).
"""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Hafia have named Mamadou Camara as their new coach.", "Hafia FC"),
        ("Rahimo parted ways with coach Issa Ouedraogo on Sunday.", "Rahimo FC"),
        ("Canon Yaoundé have appointed Joseph Mbarga as head coach.", "Canon Yaoundé"),
        ("Al-Nasr Benghazi have hired Omar Salem as head coach.", "Al-Nasr Benghazi"),
        ("Kaloum Star sacked head coach Sekou Bangoura after the cup exit.", "AS Kaloum Star"),
        ("Real Bamako have appointed Moussa Keita as their new coach.", "AS Real Bamako"),
    ],
)
def test_a_league_club_named_bare_is_read(text: str, club: str) -> None:
    """The coach's post is at the club the sentence names, not lost for want of a club."""
    assert any(k[1] == club and k[0] in text and k[2] == "first_team" for k in keys_of(text))


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("RC Abidjan", "Racing Club d'Abidjan"),
        ("Onze Createurs", "Onze Créateurs"),
        ("Tonnerre Kalara Club", "Tonnerre Yaoundé"),
        ("ASFA-Yennenga", "ASFA Yennenga"),
        ("Al Hilal Benghazi", "Al-Hilal Benghazi"),
    ],
)
def test_names_the_press_uses(alias: str, name: str) -> None:
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name and ref.kind == "club"


@pytest.mark.parametrize(
    # a camera maker, an army's acronym, towns, a given name: never a club on their own
    "word",
    ["Canon", "SOA", "USFA", "Gagnoa", "Kamsar", "Milo", "Victoria"],
)
def test_words_are_no_strong_alias(word: str) -> None:
    assert lookup_club(word) is None


def test_a_camera_maker_sacks_nobody_at_a_club() -> None:
    keys = keys_of("Canon sacked its marketing chief Joseph Mbarga on Monday.")
    assert not {k for k in keys if k[1] == "Canon Yaoundé"}
