"""'The charrúa', singular, is how Spanish-language and translated copy names a Uruguayan man, so it names
the national team only in context (a context alias): the candidate after it is the story's club's. The
plural 'the Charrúas' still names the team."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_the_charrua_is_a_man_not_the_team() -> None:
    text = (
        "Atlético Nacional announced the exit of the Uruguayan DT Alexis García. The charrúa, finalist of "
        "the Copa Libertadores with Independiente del Valle, leaves together with his assistant. The Mexican "
        "Rafael Puente is the main candidate according to several media."
    )
    keys = keys_of(text)
    assert ("Rafael Puente", "Atlético Nacional", "first_team", "linked") in keys
    assert not any(club == "Uruguay" for _, club, _, _ in keys)


def test_the_plural_still_names_the_team() -> None:
    text = "Marcelo Bielsa has been appointed head coach of the Charrúas on a four-year deal."
    assert ("Marcelo Bielsa", "Uruguay", "national", "appointed") in keys_of(text)
