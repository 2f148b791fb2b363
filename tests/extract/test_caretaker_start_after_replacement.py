"""'Y succeeds X, who had taken over on an interim basis in January': the stand-in's start is told in a
clause on the man replaced, after his replacement: an appointment and an exit, as written. A caretaker
who took charge and then leaves ('… but will now leave the club') or was 'interim boss since' told
a spell instead."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _events(text: str, coach: str) -> set[tuple[str, str]]:
    return {(f["event"], f["role"]) for f in facts_of(text) if f["coach"] == coach}


def test_a_stand_in_replaced_after_taking_over_was_appointed() -> None:
    for text in (
        "Derby County have named Tom Walsh as head coach. Walsh succeeds Ian Lowe, who had taken over "
        "on an interim basis in January after Mark Reid was sacked.",
        "Derby County have named Tom Walsh as head coach. Walsh replaces Ian Lowe, who took charge of "
        "the last four games on an interim basis after Mark Reid was sacked.",
    ):
        events = _events(text, "Ian Lowe")
        assert ("appointed", "caretaker") in events, text
        assert ("left", "caretaker") in events, text
        assert ("in_charge", "caretaker") not in events, text


def test_a_caretaker_who_then_leaves_told_a_spell() -> None:
    text = (
        "Ian Lowe took charge as caretaker for the last six games of the campaign but will now leave "
        "Derby County."
    )
    events = _events(text, "Ian Lowe")
    assert ("in_charge", "caretaker") in events
    assert ("appointed", "caretaker") not in events


def test_an_interim_boss_since_a_sacking_told_a_spell() -> None:
    text = (
        "Derby County have named Tom Walsh as head coach. Walsh replaced Ian Lowe, who had been interim "
        "boss since the sacking of Mark Reid in March."
    )
    events = _events(text, "Ian Lowe")
    assert ("in_charge", "caretaker") in events
    assert ("appointed", "caretaker") not in events
