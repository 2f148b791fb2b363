"""The press's candidates named by their names, as translated round-ups write them: 'the names circulating
are those of A, former coach of C, and B', 'among the names circulating are the ex-C coach A and B', 'the
names of A, now trainer of C, and of former D striker B circulate', 'the name of A is pointed as the
favourite for the succession', 'the name of B was also cited for the post', 'X's name was already
circulating', 'names like A and B were quoted by the press for the post': each is linked with the post in
view. Not read: a name cited for an award, a stadium's name mentioned, and 'parted ways with A and that B's
name …' gives A no link (the 'and that' opens a clause of its own)."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of

_LEAD = "Vitesse sacked head coach Rob Maas on Monday. "


def _linked(text: str) -> set[str]:
    return {f["coach"] for f in facts_of(_LEAD + text) if f["event"] == "linked" and f["club"] == "Vitesse"}


def test_every_name_of_a_press_list_is_linked() -> None:
    for text, names in (
        (
            "The names circulating in the press are those of Kees Bouma, former coach of Heracles Almelo, "
            "and Joop Reinders.",
            {"Kees Bouma", "Joop Reinders"},
        ),
        (
            "Among the names circulating are the ex-Heracles Almelo coach Kees Bouma and Joop Reinders.",
            {"Kees Bouma", "Joop Reinders"},
        ),
        (
            "The names of Kees Bouma, now trainer of Heracles Almelo, and of former Vitesse striker Joop "
            "Reinders circulate.",
            {"Kees Bouma", "Joop Reinders"},
        ),
    ):
        assert names <= _linked(text), (text, _linked(text))


def test_one_name_pointed_cited_or_circulating() -> None:
    for text, name in (
        ("The name of Kees Bouma is pointed as the favourite for the succession.", "Kees Bouma"),
        ("The name of Joop Reinders was also cited for the post.", "Joop Reinders"),
        ("Dutch media report that Joop Reinders's name was already circulating.", "Joop Reinders"),
        (
            "Names like Kees Bouma and Joop Reinders were also quoted by the press for the bench.",
            "Joop Reinders",
        ),
    ):
        assert name in _linked(text), text


def test_no_link_for_awards_stadiums_or_a_clause_of_its_own() -> None:
    assert "Joop Reinders" not in _linked("The name of Joop Reinders was cited for the Golden Boot.")
    assert not _linked("The name of the GelreDome was mentioned in the report.")
    assert "Rob Maas" not in _linked(
        "Local media reported that the club was ready to part ways with Maas and that Kees Bouma's name was "
        "already circulating."
    )
