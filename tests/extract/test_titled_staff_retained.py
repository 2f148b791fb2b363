"""Titled aides kept on, told by the club's verb as well as their own: 'his assistant A and goalkeeping coach
B have also been retained', '… are also expected to be retained', '… are maintained', '… are saved in the
staff' (translated), and with the first name between commas: 'Y's assistant, A, and goalkeeper trainer B are
expected to remain'. Each holds his post on the staff in view. Not read: aides retained by another club's
offer ('retained their interest'), nor a titled man's own words about staying undecided."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Wales have extended the contract of Under-21 coach Rhys Morgan. "


def _kept(text: str) -> set[str]:
    return {c for c, club, _, event in keys_of(_LEAD + text) if event == "in_charge" and club == "Wales"}


def test_titled_aides_retained_maintained_or_expected_to_remain() -> None:
    for text in (
        "His assistant Gethin Pryce and goalkeeping coach Owain Bell have also been retained.",
        "His assistant Gethin Pryce and goalkeepers trainer Owain Bell are also expected to be retained.",
        "In the technical staff, the assistant Gethin Pryce and the goalkeepers coach Owain Bell are "
        "maintained.",
        "His assistant Gethin Pryce and the goalkeeper coach Owain Bell are also saved in the staff.",
        "Morgan's assistant, Gethin Pryce, and goalkeeper trainer Owain Bell are expected to remain with the "
        "team.",
    ):
        assert {"Gethin Pryce", "Owain Bell"} <= _kept(text), (text, _kept(text))


def test_no_aide_kept_by_other_words() -> None:
    for text in (
        "Cardiff City retained their interest in striker Gethin Pryce.",
        "Gethin Pryce said he was undecided about his future.",
    ):
        assert "Gethin Pryce" not in _kept(text), text
