"""'The charrúa', singular, is how Spanish-language and translated copy names a Uruguayan man, so it names
the national team only in context (a context alias): the candidate after it is the story's club's. The
plural 'the Charrúas' still names the team."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_the_charrua_is_a_man_not_the_team() -> None:
    text = (
        "Defensor Sporting announced the departure of the Uruguayan DT Martin Silva. The charrúa, "
        "runner-up of the Copa Sudamericana with LDU Quito, goes along with his assistant. The Argentine "
        "Diego Ramos is the leading candidate according to local press."
    )
    keys = keys_of(text)
    assert ("Diego Ramos", "Defensor Sporting", "first_team", "linked") in keys
    assert not any(club == "Uruguay" for _, club, _, _ in keys)


def test_the_plural_still_names_the_team() -> None:
    text = "Marcelo Bielsa has been confirmed as coach of the Charrúas on a four-year deal."
    assert ("Marcelo Bielsa", "Uruguay", "national", "appointed") in keys_of(text)
