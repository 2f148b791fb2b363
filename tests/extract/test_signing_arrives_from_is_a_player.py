"""'X, who arrives from D' after a signing or with a player's deed ('C have signed X, who arrives from D,
where he scored 20 goals') tells a player's move: no coach's arrival at C nor exit from D, unless the man
is shown coaching (a coaching title in the sentence, or an appointment read elsewhere)."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_a_players_signing_told_with_arrives_from_is_no_coachs_move() -> None:
    for text in (
        "Crawley Town have signed Jon Pike, who arrives from Gillingham, where he scored 17 league goals.",
        "Crawley Town have signed Jon Pike, who arrives from Gillingham.",
    ):
        assert not any(coach == "Jon Pike" for coach, _, _, _ in keys_of(text)), text


def test_a_coachs_arrival_from_another_club_still_reads() -> None:
    for text in (
        "Crawley Town have signed head coach Jon Pike, who arrives from Gillingham.",
        "Crawley Town have appointed Jon Pike, who arrives from Gillingham, where he played.",
    ):
        keys = keys_of(text)
        assert ("Jon Pike", "Crawley Town", "first_team", "appointed") in keys, text
        assert ("Jon Pike", "Gillingham", "first_team", "left") in keys, text
