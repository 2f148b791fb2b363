"""Club and national-team nicknames of pipeline/reference resolve in news sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # Africa
        (
            "Amakhosi have appointed Pedro Vidal as head coach.",
            ("Pedro Vidal", "Kaizer Chiefs", "first_team", "appointed"),
        ),
        (
            "The Buccaneers have appointed Tom Reyes as head coach.",
            ("Tom Reyes", "Orlando Pirates", "first_team", "appointed"),
        ),
        (
            "Masandawana have named Sipho Dube as their new coach.",
            ("Sipho Dube", "Mamelodi Sundowns", "first_team", "appointed"),
        ),
        # Scotland, England
        (
            "The Caley Jags have sacked Tom Baird as manager.",
            ("Tom Baird", "Inverness Caledonian Thistle", "first_team", "dismissed"),
        ),
        (
            "The Tractor Boys have appointed Dan Hollis as manager.",
            ("Dan Hollis", "Ipswich Town", "first_team", "appointed"),
        ),
        # France, Spain, Netherlands
        (
            "Les Gardois confirmed the appointment of Paul Renard as coach.",
            ("Paul Renard", "Nîmes Olympique", "first_team", "appointed"),
        ),
        (
            "Toni Valls was sacked by the Blanquivioletas on Sunday.",
            ("Toni Valls", "Real Valladolid", "first_team", "dismissed"),
        ),
        (
            "Jan de Vries was sacked by the Bredanaars on Sunday.",
            ("Jan de Vries", "NAC Breda", "first_team", "dismissed"),
        ),
        # Turkey, Argentina, Brazil
        (
            "The Timsahlar have appointed Kerem Aydin as coach.",
            ("Kerem Aydin", "Bursaspor", "first_team", "appointed"),
        ),
        (
            "The Verdão have appointed Paulo Souza Lima as coach.",
            ("Paulo Souza Lima", "Palmeiras", "first_team", "appointed"),
        ),
        # Colombia, Austria
        (
            "Los Verdolagas have appointed Juan Toro as head coach.",
            ("Juan Toro", "Atlético Nacional", "first_team", "appointed"),
        ),
        (
            "The Hütteldorfer have sacked Karl Berger.",
            ("Karl Berger", "Rapid Vienna", "first_team", "dismissed"),
        ),
        # women's national teams
        (
            "Marco Ferri was named head coach of the Azzurre.",
            ("Marco Ferri", "Italy", "national_women", "appointed"),
        ),
    ],
)
def test_nickname_names_its_club(text, fact):
    assert fact in keys_of(text)


def test_shared_nickname_needs_the_club_named_first():
    # "the Islanders" is Mumbai City FC (and Cagliari): only once the article names one of them
    named = (
        "Mumbai City FC finished third last season. "
        "The Islanders have now appointed Ravi Kumar as head coach."
    )
    assert ("Ravi Kumar", "Mumbai City FC", "first_team", "appointed") in keys_of(named)
    assert not keys_of("The Islanders have appointed Ravi Kumar as head coach.")


def test_a_person_called_after_a_region_is_no_club():
    # "the Gardois" in translated French press is as often a man from the Gard as Nîmes Olympique
    keys = keys_of("The Gardois had arrived in December to replace Luc Morel, dismissed after a bad run.")
    assert not any(k[1] == "Nîmes Olympique" for k in keys)


def test_no_club_nickname_folds_to_a_coachs_given_name():
    # Sparta Prague's "Rudí" folds to "Rudi": Rudi Garcia would become the club
    keys = keys_of("Sparta Prague drew again. Rudi Garcia was sacked by Napoli on Monday.")
    assert ("Rudi Garcia", "Napoli", "first_team", "dismissed") in keys
    assert not any(k[1] == "Sparta Prague" for k in keys)
