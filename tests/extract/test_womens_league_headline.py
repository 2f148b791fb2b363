"""A headline naming a women's league ('WSL2 gossip: …', 'NWSL round-up') makes the posts its items
name without a squad the women's; the same items under a men's headline stay with the first team."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_ITEMS = (
    "BRISTOL CITY head coach Lauren Smith has signed a contract extension until 2028, the club "
    "said on Friday. (Bristol Post)\n\n"
    "SOUTHAMPTON boss Marie Dalton is under pressure after four straight defeats. (Daily Echo)"
)


def test_wsl2_gossip_headline_makes_the_items_womens() -> None:
    title = "WSL2 gossip: Smith commits, Dalton under fire"
    keys = keys_of("WSL2 gossip: Smith commits\n\n" + _ITEMS, title=title)
    assert ("Lauren Smith", "Bristol City", "women", "extended") in keys
    assert ("Marie Dalton", "Southampton", "women", "in_charge") in keys
    assert not any(squad == "first_team" for _, _, squad, _ in keys)


def test_nwsl_and_wsl_headlines_too() -> None:
    for title in ("NWSL round-up: Smith stays", "WSL notebook: Smith signs on"):
        keys = keys_of(_ITEMS, title=title)
        assert ("Lauren Smith", "Bristol City", "women", "extended") in keys, title


def test_a_mens_headline_keeps_the_first_team() -> None:
    for title in ("Championship gossip: Smith commits", "Sunday gossip: Dalton under fire"):
        keys = keys_of(_ITEMS.replace("Lauren", "Lee").replace("Marie", "Mark"), title=title)
        assert ("Lee Smith", "Bristol City", "first_team", "extended") in keys, title
        assert not any(squad.startswith("women") for _, _, squad, _ in keys), title


def test_a_womens_tournament_in_the_headline_makes_the_national_team_the_womens() -> None:
    keys = keys_of(
        "The Swedish federation on Tuesday named Anna Berg as coach of the Sweden national team. "
        "Berg replaces Eva Lund.",
        title="Sweden name Berg as coach ahead of Women's Euro",
    )
    assert ("Anna Berg", "Sweden", "national_women", "appointed") in keys


def test_a_mens_tournament_in_the_headline_keeps_the_national_team() -> None:
    keys = keys_of(
        "The Swedish federation on Tuesday named Anders Berg as coach of the Sweden national team. "
        "Berg replaces Erik Lund.",
        title="Sweden name Berg as coach ahead of World Cup qualifiers",
    )
    assert ("Anders Berg", "Sweden", "national", "appointed") in keys
