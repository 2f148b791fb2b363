"""Aides sacked with their boss, named by the titles translated copy gives them: "C relieved X of his duties,
together with his deputy A and the athletic trainer B", "C sacked X and his adjunct A" read each aide
dismissed, as "his assistant A" already was. Near misses: a deputy who stays on or takes over is not
sacked."""

from __future__ import annotations

from extract_helpers import keys_of


def _dismissed(text: str) -> set[str]:
    return {
        coach
        for coach, club, _squad, event in keys_of(text)
        if event == "dismissed" and club == "Oakfield Rovers"
    }


def test_relieved_together_with_his_deputy_and_trainer() -> None:
    text = (
        "Oakfield Rovers relieved Piet Lammers of his duties as coach of the first team, together with his "
        "deputy Rune Halvorsen and the athletic trainer Tomas Brandt."
    )
    assert {"Piet Lammers", "Rune Halvorsen", "Tomas Brandt"} <= _dismissed(text)


def test_sacked_with_his_adjunct() -> None:
    text = "Oakfield Rovers sacked Piet Lammers and his adjunct Rune Halvorsen on Monday."
    assert {"Piet Lammers", "Rune Halvorsen"} <= _dismissed(text)


def test_deputy_who_stays_on_is_not_sacked() -> None:
    text = (
        "Oakfield Rovers sacked Piet Lammers, whose vice Rune Halvorsen stays on as coach of the youth team."
    )
    assert "Rune Halvorsen" not in _dismissed(text)


def test_deputy_who_takes_over_is_not_sacked() -> None:
    text = (
        "Oakfield Rovers sacked Piet Lammers on Monday, and his deputy Rune Halvorsen takes over until "
        "the end of the season."
    )
    assert "Rune Halvorsen" not in _dismissed(text)
