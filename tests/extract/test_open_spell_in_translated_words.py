"""A sacked coach's open spell told in translated words: "had been in office since", "on the bench since",
"at the head of the team since", "in charge of the <nickname> since". Each is his spell at the club in
view, dated by its start; a president's term or a benched player's wait is no coaching spell."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

_LEAD = "Corvale United have dismissed coach Anselm Rieder after four straight defeats, it said on Monday. "


def _spells(text: str) -> list[tuple[str, str, str | None]]:
    return [(f["coach"], f["club"], f["date"]) for f in facts_of(text) if f["event"] == "in_charge"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Rieder had been in office since the summer of 2021.", "2021-07-01"),
        ("The Austrian had been on the bench since March 2022.", "2022-03-01"),
        ("Rieder had been at the head of the team since 2020 and won promotion.", "2020-01-01"),
        ("Rieder had been in charge of the Lamplighters since October 2021.", "2021-10-01"),
        ("He had been in charge of the Lakeside club since 2019.", "2019-01-01"),
    ],
)
def test_open_spell_is_read_with_its_start(sentence, start):
    assert ("Anselm Rieder", "Corvale United", start) in _spells(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a benched player's wait, a president's term
        "Striker Jonas Fehr has been on the bench since the winter break.",
        "Club president Walter Brandauer has been in office since 2015.",
    ],
)
def test_a_players_or_presidents_time_is_no_spell(sentence):
    coaches = {coach for coach, _club, _date in _spells(_LEAD + sentence)}
    assert not coaches & {"Jonas Fehr", "Walter Brandauer"}
