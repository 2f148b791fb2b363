"""Who tells the news, named after a comma at the end of a list of aides, is no aide: 'Brenni will be
assisted by his compatriot Ivo Sander, Mafa said in a statement' appoints Sander alone (not the
federation's initials read as a man), as does '…, Mafa told reporters'. A man listed after the comma is
still an aide ('assisted by Ivo Sander, Otto Fink and Tom Hale'), and so are listed aides before 'the
club said'. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of

_NAMED = "The Maltese federation (Mafa) on Tuesday named Carlo Brenni as head coach of the national team. "


def _aides(text: str) -> set[str]:
    return {coach for coach, _, _, event in keys_of(_NAMED + text) if event == "appointed"} - {"Carlo Brenni"}


def test_initials_saying_it_are_no_aide() -> None:
    assert _aides("Brenni will be assisted by his compatriot Ivo Sander, Mafa said in a statement.") == {
        "Ivo Sander"
    }


def test_initials_telling_reporters_are_no_aide() -> None:
    assert _aides("Brenni will be assisted by his countryman Ivo Sander, Mafa told reporters.") == {
        "Ivo Sander"
    }


def test_a_list_after_the_comma_goes_on() -> None:
    assert _aides("Brenni will be assisted by Ivo Sander, Otto Fink and Tom Hale.") == {
        "Ivo Sander",
        "Otto Fink",
        "Tom Hale",
    }


def test_listed_aides_before_the_federation_said() -> None:
    assert _aides("Brenni will be assisted by Ivo Sander and Otto Fink, the federation said.") == {
        "Ivo Sander",
        "Otto Fink",
    }
