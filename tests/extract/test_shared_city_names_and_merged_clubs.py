"""Reference data: a city two clubs' stories share ("Halifax": HFX Wanderers and FC Halifax Town;
"Portland": the Timbers and the Thorns) is the one of them the article names, and a club that merged
into another (ATK, into ATK Mohun Bagan) keeps its own name (sentences of our own)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_wanderers_in_a_halifax_dateline_story_are_hfx() -> None:
    text = (
        "HALIFAX — The HFX Wanderers have sacked head coach Martin Keane after two seasons. "
        "Keane, 51, had been in charge since the Wanderers reached the CPL final in 2022."
    )
    keys = keys_of(text)
    assert ("Martin Keane", "HFX Wanderers", "first_team", "dismissed") in keys
    assert not any(k[1] == "FC Halifax Town" for k in keys)


def test_halifax_town_stays_the_english_club() -> None:
    # near-miss: the English club named in full, then by its town
    keys = keys_of(
        "FC Halifax Town have appointed Jim Tolley as manager. "
        "Tolley led Halifax to the FA Trophy final in 2021."
    )
    assert ("Jim Tolley", "FC Halifax Town", "first_team", "appointed") in keys
    assert not any(k[1] == "HFX Wanderers" for k in keys)


def test_portland_in_a_thorns_story_is_the_thorns() -> None:
    text = (
        "Former Portland Thorns coach Lena Hadley has been named head coach of Scotland's women. "
        "Hadley led Portland to the NWSL Shield in 2021 before resigning in 2022."
    )
    keys = keys_of(text)
    assert ("Lena Hadley", "Portland Thorns", "women", "in_charge") in keys
    assert not any(k[1] == "Portland Timbers" for k in keys)


def test_portland_in_a_timbers_story_stays_the_timbers() -> None:
    # near-miss: the men's club named, then "Portland"
    keys = keys_of(
        "Portland Timbers have sacked Owen Drake. "
        "Drake took over Portland in 2021 and reached the MLS Cup final."
    )
    assert ("Owen Drake", "Portland Timbers", "first_team", "dismissed") in keys
    assert not any(k[1] == "Portland Thorns" for k in keys)


def test_atk_is_its_own_club() -> None:
    keys = keys_of(
        "Odisha FC have appointed Raúl Mendoza as head coach. Mendoza won the ISL with ATK in 2016."
    )
    assert ("Raúl Mendoza", "ATK", "first_team", "in_charge") in keys
    assert not any(k[1] == "Mohun Bagan Super Giant" and k[0] == "Raúl Mendoza" for k in keys)


def test_atk_mohun_bagan_stays_mohun_bagan() -> None:
    # near-miss: the merged club's name is today's Mohun Bagan Super Giant
    keys = keys_of("ATK Mohun Bagan have sacked head coach Tomás Ferrer.")
    assert ("Tomás Ferrer", "Mohun Bagan Super Giant", "first_team", "dismissed") in keys
