"""Past spells told in passing (session 10, in_charge focus): sentences of our own."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- a career list goes on after an aside about its last club ------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Braga have appointed Milan Petrovic. Before arriving in Greece he was coach of Red Star "
            "Belgrade, where he lifted two league titles, and of Genoa in Italy.",
            "Milan Petrovic",
            ("Red Star Belgrade", "Genoa"),
        ),
        (
            "Lille have appointed Avram Grant. Grant had been in charge of Chelsea, reaching the final of "
            "the Champions League in 2008, and also of Portsmouth.",
            "Avram Grant",
            ("Chelsea", "Portsmouth"),
        ),
        (
            "Porto have hired Unai Emery. Emery was in charge of Sevilla, whom he led to three Europa League "
            "titles, and later of Arsenal.",
            "Unai Emery",
            ("Sevilla", "Arsenal"),
        ),
        (
            "Lazio have named Maurizio Sarri as coach. Sarri was head coach of Napoli, who finished "
            "second in 2018, and then of Chelsea.",
            "Maurizio Sarri",
            ("Napoli", "Chelsea"),
        ),
    ],
)
def test_a_list_goes_on_after_an_aside(text: str, coach: str, clubs: tuple[str, ...]) -> None:
    keys = keys_of(text)
    for club in clubs:
        assert (coach, club, "first_team", "in_charge") in keys, club


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Lille have appointed Murat Yakin. Yakin was in charge of Everton, who finished tenth, and "
            "Fulham were relegated.",
            "Fulham",
        ),
        (
            "Lille have appointed Murat Yakin. Yakin was coach of Everton, where he won the FA Cup, and "
            "Chelsea's Mauricio Pochettino praised him.",
            "Chelsea",
        ),
    ],
)
def test_a_club_opening_a_clause_of_its_own_is_no_list_item(text: str, other: str) -> None:
    keys = keys_of(text)
    assert ("Murat Yakin", "Everton", "first_team", "in_charge") in keys
    assert not any(k[0] == "Murat Yakin" and k[1] == other for k in keys)


# --- a spell told by its other nouns: "periods", "passages", "engagements" ------------------------


@pytest.mark.parametrize(
    ("text", "coach", "clubs"),
    [
        (
            "Lille have appointed Lars Dahl. The former defender had two stints in charge of Malmö "
            "FF and won five titles, and also had short periods at Hertha Berlin and Stoke "
            "City.",
            "Lars Dahl",
            ("Hertha BSC", "Stoke City"),
        ),
        (
            "Lille have appointed Ole Gunnar Solskjær. He had a brief period with Cardiff City in the "
            "Premier League.",
            "Ole Gunnar Solskjær",
            ("Cardiff City",),
        ),
        (
            "Sevilla have named Luis Zubeldía. Zubeldía, 43, previously had a short passage at Alavés.",
            "Luis Zubeldía",
            ("Deportivo Alavés",),
        ),
        (
            "Fulham have hired Marco Silva. Silva, who had a short engagement with Watford, replaces Scott "
            "Parker.",
            "Marco Silva",
            ("Watford",),
        ),
    ],
)
def test_a_spell_told_as_a_period_or_passage(text: str, coach: str, clubs: tuple[str, ...]) -> None:
    keys = keys_of(text)
    for club in clubs:
        assert (coach, club, "first_team", "in_charge") in keys, club


@pytest.mark.parametrize(
    "text",
    [
        "Lille have appointed Ole Gunnar Solskjær. He had a brief period with Cardiff City as a player.",
        "Lille have appointed Ole Gunnar Solskjær. The striker had loan periods at Cardiff City and Hull "
        "City before retiring.",
    ],
)
def test_a_players_period_is_no_spell(text: str) -> None:
    assert not any(k[1] == "Cardiff City" for k in keys_of(text))
