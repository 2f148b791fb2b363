"""'Azulgrana' (blue and garnet) is Barcelona's nickname, but the Spanish-language press calls Huesca,
Levante, Eibar, San Lorenzo and Cerro Porteño by their blue-and-garnet colours too: in a story naming one
of them and not Barcelona, 'the azulgrana team' is that club (a context alias of each, `clubs.csv`)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_azulgrana_team_is_the_club_the_story_names():
    found = keys_of(
        "SD Huesca have named Antonio Hidalgo as new coach. "
        "Hidalgo will direct the azulgrana team next season."
    )
    assert found == {("Antonio Hidalgo", "Huesca", "first_team", "appointed")}


def test_azulgrana_stays_barcelona_in_a_barcelona_story():
    # near miss: the strong owner named, the nickname is Barcelona's
    found = keys_of("FC Barcelona sacked Xavi. Hansi Flick will direct the azulgrana team next season.")
    assert ("Hansi Flick", "Barcelona", "first_team", "appointed") in found
