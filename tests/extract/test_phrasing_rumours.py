"""Rumours, offers and declines as gossip columns phrase them (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_approach_for_a_coach_named_by_his_club() -> None:
    keys = keys_of("Everton made an approach for Brentford coach Thomas Frank on Monday.")
    assert ("Thomas Frank", "Everton", "first_team", "offer") in keys
    assert ("Thomas Frank", "Brentford", "first_team", "in_charge") in keys


def test_offer_to_a_club_for_their_coach() -> None:
    text = "Benfica made an offer to Argentine side Racing Club for their Uruguayan coach Gustavo Costas."
    keys = keys_of(text)
    assert ("Gustavo Costas", "Benfica", "first_team", "offer") in keys
    assert not any(k[3] == "offer" and k[1] != "Benfica" for k in keys)


def test_but_the_descriptor_turned_them_down() -> None:
    text = (
        "Tottenham made an approach for Brighton manager Roberto De Zerbi in May, "
        "but the Italian turned them down."
    )
    keys = keys_of(text)
    assert ("Roberto De Zerbi", "Tottenham Hotspur", "first_team", "offer") in keys
    assert ("Roberto De Zerbi", "Tottenham Hotspur", "first_team", "offer_declined") in keys


def test_permission_to_speak_to_coach_and_his_assistant_then_the_pair_stay() -> None:
    text = (
        "Rangers were given permission to speak to Steve Clarke and his assistant Steven Reid, "
        "but the pair decided to remain with Scotland."
    )
    keys = keys_of(text)
    for name in ("Steve Clarke", "Steven Reid"):
        assert (name, "Rangers", "first_team", "offer") in keys
        assert (name, "Rangers", "first_team", "offer_declined") in keys


def test_ruling_himself_out_declines_no_offer() -> None:
    text = (
        "Everton sacked Sean Dyche on Thursday. Thomas Frank was seen as the favourite, "
        "but he ruled himself out by signing a new contract at Brentford."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Thomas Frank" and k[3] == "offer_declined" for k in keys)
    assert ("Thomas Frank", "Everton", "first_team", "linked") in keys


def test_rumour_told_apart_from_the_offer_is_kept() -> None:
    text = (
        "Graham Potter is the early favourite for the Chelsea job. "
        "Chelsea have asked Brighton for permission to speak to Potter."
    )
    keys = keys_of(text)
    assert ("Graham Potter", "Chelsea", "first_team", "linked") in keys
    assert ("Graham Potter", "Chelsea", "first_team", "offer") in keys


def test_ruled_out_of_the_race_for_a_job() -> None:
    keys = keys_of("Eddie Howe ruled himself out of the race for the England job on Friday.")
    assert ("Eddie Howe", "England", "national", "linked") in keys
    assert not any(k[3] == "offer_declined" for k in keys)
