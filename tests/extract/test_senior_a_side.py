"""'the A team', 'the A national team', 'the A selection': the senior side, as continental and translated
copy calls it beside the B team and the age groups; the lower-case article 'a team' is none (written for
these tests in our own words)."""

from __future__ import annotations

from extract_helpers import keys_of

from pipeline.extract.mentions import squad_mentions

_LEAD = "The Football Association of Iceland has hired Jon Arason as head coach of the U21 national team. "


def _squads(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.squad) for m in squad_mentions(sentence)]


def test_the_a_team_and_the_a_national_team_are_the_senior_side():
    assert _squads("He took over the A team in March.") == [("A team", "first_team")]
    assert _squads("He joins the staff of the A national team.") == [("A national team", "first_team")]
    assert _squads("The A selection remains under Y.") == [("A selection", "first_team")]


def test_an_article_before_team_is_no_squad():
    assert _squads("He joined a team in Spain and built a side that won.") == []


def test_a_coach_who_took_over_the_a_team_of_a_country():
    found = keys_of(_LEAD + "The Swede Lars Borg took over the A team in March.")
    assert ("Lars Borg", "Iceland", "national", "appointed") in found
    assert ("Lars Borg", "Iceland", "national_u21", "appointed") not in found
