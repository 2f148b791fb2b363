"""'X held talks with C earlier in the year, but turned down the approach': the offer just told, refused
(offer_declined at C). Turning down something that is no offer ('but turned down the volume', 'turned
down a penalty appeal') refuses nothing."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Charlotte FC have appointed Dean Smith as head coach. "


def _declined(text: str) -> set[tuple[str, str]]:
    return {(coach, club) for coach, club, _, event in keys_of(_LEAD + text) if event == "offer_declined"}


def test_turned_down_the_approach_after_talks() -> None:
    text = (
        "Smith also held talks with Nashville SC last year, according to people close to him, but turned "
        "down the approach."
    )
    assert ("Dean Smith", "Nashville SC") in _declined(text)


def test_turning_down_no_offer_refuses_nothing() -> None:
    text = "Smith held talks with the referee at half-time, but the official turned down a penalty appeal."
    assert not _declined(text)
