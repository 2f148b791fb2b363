"""A club named in translated copy as its Spanish name reads in English: "Junior of Barranquilla" (Junior de
Barranquilla) is the Colombian club, not a man called Barranquilla; the city alone names no club."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def test_junior_of_barranquilla_is_the_club() -> None:
    facts = facts_of(
        "Junior of Barranquilla have sacked Arturo Reyes after the elimination in the quadrangulars."
    )
    assert ("Arturo Reyes", "Junior de Barranquilla", "dismissed") in {
        (f["coach"], f["club"], f["event"]) for f in facts
    }
    assert not any(f["coach"] == "Barranquilla" for f in facts)


def test_the_city_alone_names_no_club() -> None:
    text = "Julio Comesaña was born in Barranquilla and coached Atlético Nacional."
    assert not any(f["club"] == "Junior de Barranquilla" for f in facts_of(text))
