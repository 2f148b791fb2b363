"""A coach presented as "technical director of the first team / of the national team" (the head coach's
title in Spanish-speaking football), with the day and the translated personal "a" around his name:
"presented this Tuesday to X as …", "presented X on Thursday as …" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of


@pytest.mark.parametrize(
    ("text", "club", "squad"),
    [
        (
            "Alianza Lima confirmed this Tuesday the Brazilian Carlos Mendes as new technical director "
            "of the first team.",
            "Alianza Lima",
            "first_team",
        ),
        (
            "The Peruvian federation presented this Tuesday to the Mexican Carlos Mendes as new technical "
            "director of the senior national team.",
            "Peru",
            "national",
        ),
        (
            "The Nicaraguan Football Federation presented this Tuesday to Carlos Mendes as new technical "
            "director of the senior national team.",
            "Nicaragua",
            "national",
        ),
        (
            "The Peruvian federation presented Carlos Mendes on Thursday as technical director of the "
            "national team.",
            "Peru",
            "national",
        ),
        (
            "Alianza Lima presented this Tuesday to Carlos Mendes as their new head coach.",
            "Alianza Lima",
            "first_team",
        ),
    ],
)
def test_presented_as_the_senior_sides_coach(text: str, club: str, squad: str) -> None:
    assert ("Carlos Mendes", club, squad, "appointed") in keys_of(text, "2024-01-03")


@pytest.mark.parametrize(
    "text",
    [
        # the title alone, or of an academy or the youth section, is an executive's
        "Alianza Lima presented Carlos Mendes as technical director of the academy.",
        "Alianza Lima presented Carlos Mendes as technical director of the youth teams.",
        "Alianza Lima presented Carlos Mendes as their new technical director.",
        "The Peruvian federation presented Carlos Mendes as technical director of the Football Federation.",
        # English copy's federation post over its national teams
        "The Kenyan federation appointed Carlos Mendes as technical director of the Kenya national team.",
    ],
)
def test_no_coach_from_an_executives_title(text: str) -> None:
    assert not any(event == "appointed" for *_, event in keys_of(text, "2024-01-03"))
