"""Several coaches named in one breath: counted ('has worn out five trainers with A, B and now C'),
listed after a predecessor ('the second Dutchman to lead Indonesia after X'), a reign told in passing
('X, whose five-year reign …'), aides of a spell ('was helped during the interim period by A, the C
coach, and B') and the staff kept on ('Y will remain part of the staff, along with A and B')."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Schalke 04 sacked Karel Geraerts on Sunday. The club has gone through four managers since 2021: "
        "Dimitrios Grammozis, Frank Kramer, Thomas Reis and Karel Geraerts.",
        "Schalke 04 sacked Karel Geraerts on Sunday. The club has worn out four trainers in three years with "
        "Dimitrios Grammozis, Frank Kramer, Thomas Reis and now Karel Geraerts.",
    ],
)
def test_counted_coaches_each_coached_the_club(text):
    keys = keys_of(text)
    for name in ("Dimitrios Grammozis", "Frank Kramer", "Thomas Reis"):
        assert (name, "Schalke 04", "first_team", "in_charge") in keys


def test_a_count_of_candidates_is_no_spell():
    text = (
        "Schalke 04 sacked Karel Geraerts on Sunday. The board interviewed four coaches: Dimitrios "
        "Grammozis, Frank Kramer, Thomas Reis and Markus Anfang."
    )
    assert not any(f["event"] == "in_charge" and f["coach"] == "Markus Anfang" for f in facts_of(text))


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Japan have named Hajime Moriyasu as coach. He is the third Japanese to coach Japan after "
            "Takeshi Okada and Akira Nishino.",
            ("Takeshi Okada", "Akira Nishino"),
        ),
        (
            "Indonesia appointed Piet de Boer on Friday. He becomes the second Dutchman to lead Indonesia "
            "after Jan Smit, whose four-year reign from March 2016 brought a regional title.",
            ("Jan Smit",),
        ),
    ],
)
def test_nth_to_lead_after(text, earlier):
    keys = keys_of(text)
    club = "Japan" if "Japan" in text else "Indonesia"
    for name in earlier:
        assert (name, club, "national", "in_charge") in keys


def test_whose_reign():
    text = (
        "Leeds United have appointed Daniel Farke. The club had struggled since the exit of Jesse Marsch, "
        "whose eleven-month reign at Elland Road ended in February."
    )
    assert ("Jesse Marsch", "Leeds United", "first_team", "in_charge") in keys_of(text)


def test_aides_of_an_interim_spell():
    text = (
        "England named Thomas Tuchel as manager. Lee Carsley was helped during his interim spell by Joe "
        "Edwards, the former Chelsea coach, and Ashley Cole."
    )
    found = {(f["coach"], f["club"], f["role"]) for f in facts_of(text) if f["event"] == "in_charge"}
    assert ("Joe Edwards", "England", "assistant_coach") in found
    assert ("Ashley Cole", "England", "assistant_coach") in found


def test_a_goal_helped_by_players_is_no_staff():
    text = "Arsenal beat Chelsea 2-0. Mikel Arteta's side were helped by Bukayo Saka and Martin Odegaard."
    assert not any(f["coach"] in ("Bukayo Saka", "Martin Odegaard") for f in facts_of(text))


def test_staff_kept_on_along_with():
    text = (
        "Uruguay have confirmed Diego Paz until the World Cup. Martin Sosa, who goes on coaching "
        "the Under-17s, will remain part of the staff, along with ex-defenders Luis Vidal and "
        "Pablo Mora."
    )
    keys = keys_of(text)
    assert ("Martin Sosa", "Uruguay", "national_u17", "in_charge") in keys
    for name in ("Martin Sosa", "Luis Vidal", "Pablo Mora"):
        assert (name, "Uruguay", "national", "in_charge") in keys
