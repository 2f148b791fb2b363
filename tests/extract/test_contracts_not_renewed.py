"""A coach whose contract was not renewed has left ('X's contract was not renewed', 'his contract as C
manager was not renewed'), and a newcomer hired 'to substitute X' (translated 'para substituir') replaced
him; a player's contract is nobody's coaching post."""

from __future__ import annotations

from extract_helpers import keys_of


def test_contract_not_renewed_is_an_exit() -> None:
    keys = keys_of(
        "Norway have appointed Stale Solbakken. Lars Lagerback's contract was not renewed in December."
    )
    assert ("Lars Lagerback", "Norway", "national", "left") in keys


def test_contract_named_by_the_post_title() -> None:
    keys = keys_of(
        "Derry City have appointed Ruairi Keane. Keane, 44, returns to Irish football now that his "
        "contract as Celtic coach was not renewed in May."
    )
    assert ("Ruairi Keane", "Celtic", "first_team", "left") in keys


def test_a_players_contract_gives_nothing() -> None:
    assert keys_of("Stoke midfielder Joe Allen's contract was not renewed in June.") == set()


def test_hired_to_substitute_replaces_the_man() -> None:
    keys = keys_of(
        "Gremio hired Renato Portaluppi. Roger Machado had been hired in January to substitute Vagner "
        "Mancini, who left for Atletico Goianiense."
    )
    assert ("Vagner Mancini", "Grêmio", "first_team", "left") in keys


def test_a_match_substitution_is_no_exit() -> None:
    keys = keys_of("Flamengo coach Tite decided to substitute Gabriel Barbosa at half-time against Vasco.")
    assert not any(k[0] == "Gabriel Barbosa" for k in keys)
    assert ("Tite", "Flamengo", "first_team", "in_charge") in keys
