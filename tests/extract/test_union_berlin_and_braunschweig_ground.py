"""Reference data: "Union Berlin" is the club's everyday name, a strong alias (only "Union" alone is
context-only), and the Eintracht-Stadion is Eintracht Braunschweig's ground (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_union_berlin_named_so_is_the_club() -> None:
    keys = keys_of("Union Berlin have sacked head coach Karl Wendt after a run of eight defeats.")
    assert ("Karl Wendt", "1. FC Union Berlin", "first_team", "dismissed") in keys


def test_union_alone_stays_context_only() -> None:
    # near-miss: a bare "Union" in a story naming no Union club names none
    keys = keys_of("Karl Wendt has been sacked by Union after a run of eight defeats.")
    assert not any(k[1] == "1. FC Union Berlin" for k in keys)


def test_the_eintracht_stadion_stands_for_braunschweig() -> None:
    text = (
        "Kaiserslautern coach Karl Wendt returns on Sunday to the Eintracht-Stadion, "
        "where he spent eight years on the bench."
    )
    keys = keys_of(text)
    assert ("Karl Wendt", "Eintracht Braunschweig", "first_team", "in_charge") in keys
    assert not any(k[1] == "Eintracht-Stadion" for k in keys)
