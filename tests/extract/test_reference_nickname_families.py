"""Nickname families of the reference data: CAF and other national teams, youth and women's national
sides, French club demonyms ("Les Lyonnais"), German club nicknames ("Die Lilien")."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.reference import lookup_club


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # CAF national teams
        (
            "The Walias have appointed Gebremedhin Haile as head coach.",
            ("Gebremedhin Haile", "Ethiopia", "national", "appointed"),
        ),
        (
            "Les Éperviers sacked Paulo Duarte after the defeat in Lomé.",
            ("Paulo Duarte", "Togo", "national", "dismissed"),
        ),
        (
            "Amavubi have parted company with head coach Frank Spittler.",
            ("Frank Spittler", "Rwanda", "national", "dismissed"),
        ),
        (
            "Os Mambas have named Chiquinho Conde as their new coach.",
            ("Chiquinho Conde", "Mozambique", "national", "appointed"),
        ),
        (
            "Leone Stars coach Amidu Karim was relieved of his duties on Monday.",
            ("Amidu Karim", "Sierra Leone", "national", "dismissed"),
        ),
        (
            "Les Lions Indomptables have sacked Rigobert Song after the World Cup.",
            ("Rigobert Song", "Cameroon", "national", "dismissed"),
        ),
        # other national teams
        (
            "The Azkals have appointed Albert Capellas as head coach.",
            ("Albert Capellas", "Philippines", "national", "appointed"),
        ),
        (
            "Murat Yakin was appointed coach of La Nati in 2021.",
            ("Murat Yakin", "Switzerland", "national", "appointed"),
        ),
        (
            "Stuart Baxter has been sacked as coach of the Huuhkajat.",
            ("Stuart Baxter", "Finland", "national", "dismissed"),
        ),
        # youth national teams
        (
            "The Flying Eagles have appointed Aliyu Zubairu as head coach.",
            ("Aliyu Zubairu", "Nigeria", "national_u20", "appointed"),
        ),
        (
            "Lee Carsley was named head coach of the Young Lions in July 2021.",
            ("Lee Carsley", "England", "national_u21", "appointed"),
        ),
        (
            "Black Satellites coach Desmond Ofei has been sacked.",
            ("Desmond Ofei", "Ghana", "national_u20", "dismissed"),
        ),
        (
            "Tony Vidmar has been appointed coach of the Olyroos.",
            ("Tony Vidmar", "Australia", "national_u23", "appointed"),
        ),
        # women's national teams, senior and youth
        (
            "Harambee Starlets head coach Beldine Odemba has been sacked.",
            ("Beldine Odemba", "Kenya", "national_women", "dismissed"),
        ),
        (
            "The Young Matildas have appointed Leah Blayney as head coach.",
            ("Leah Blayney", "Australia", "national_women_u20", "appointed"),
        ),
        # clubs
        (
            "Die Lilien have sacked Torsten Lieberknecht after six years.",
            ("Torsten Lieberknecht", "SV Darmstadt 98", "first_team", "dismissed"),
        ),
        (
            "Les Lyonnais have appointed Paulo Fonseca as head coach.",
            ("Paulo Fonseca", "Lyon", "first_team", "appointed"),
        ),
        (
            "Les Nantais sacked Antoine Kombouaré on Sunday night.",
            ("Antoine Kombouaré", "FC Nantes", "first_team", "dismissed"),
        ),
    ],
)
def test_nickname_names_the_team(text: str, key: tuple[str, str, str, str]) -> None:
    assert key in keys_of(text)


@pytest.mark.parametrize(
    ("alias", "name", "squad"),
    [
        ("Sable Antelopes", "Angola", None),
        ("Les Aigles de Carthage", "Tunisia", None),
        ("Sihlangu Semnikati", "Eswatini", None),
        ("Les Mourabitounes", "Mauritania", None),
        ("Sbornaya", "Russia", None),
        ("Harimau Malaya", "Malaysia", None),
        ("Golden Eaglets", "Nigeria", "national_u17"),
        ("Black Princesses", "Ghana", "national_women_u20"),
        ("Amajita", "South Africa", "national_u20"),
        ("La Rojita", "Spain", "national_u21"),
        ("Crested Cranes", "Uganda", "national_women"),
        ("Die Störche", "Holstein Kiel", None),
        ("Les Messins", "FC Metz", None),
        ("Huuhkajat", "Finland", None),
        ("Golden Jaguars", "Guyana", None),
        ("Canarinho", "Brazil", None),
        ("Amaglug-glug", "South Africa", "national_u23"),
        ("Tanzanite Queens", "Tanzania", "national_women_u20"),
        ("Filipinas", "Philippines", "national_women"),
    ],
)
def test_nickname_aliases(alias: str, name: str, squad: str | None) -> None:
    ref = lookup_club(alias)
    assert ref is not None and (ref.name, ref.squad) == (name, squad)


@pytest.mark.parametrize("alias", ["The Warriors", "The Zebras", "Lone Star", "Garuda", "The Sky Blues"])
def test_shared_nicknames_are_context_only(alias: str) -> None:
    assert lookup_club(alias) is None


def test_shared_nickname_names_the_team_the_article_names() -> None:
    text = "Lesotho have sacked Leslie Notsi. The Crocodiles named Thabo Senong as his successor."
    assert ("Thabo Senong", "Lesotho", "national", "appointed") in keys_of(text)
