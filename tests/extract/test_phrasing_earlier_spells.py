"""A coach's earlier spells told in background sentences (second pass), written for these tests in our
own words: 'made his name on the bench with A and B', 'was previously on the bench at A, B and C',
'worked in the lower divisions with clubs such as A and B', 'whose CV includes A and B', 'X's previous
stops include …', 'coach of the national team of A and of B', 'who in the past coached A', 'Y,
previously at C, is the favourite' — and the same words about players, which tell no spell."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

_HIRED = "Hull City have appointed Tomas Wendt as manager. "


def _spells(text: str) -> set[tuple[str, str, str]]:
    """(coach, club, squad) of the in_charge facts."""
    return {(c, club, squad) for c, club, squad, event in keys_of(text) if event == "in_charge"}


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        # the bench, the dugout, "as a coach": a coach's posts, each club listed
        (_HIRED + "Wendt made his name on the bench with Empoli and Cremonese.", {"Empoli", "Cremonese"}),
        (_HIRED + "He first made his name in the dugout at Brentford.", {"Brentford"}),
        (
            _HIRED + "Wendt, a former striker, cut his teeth in the dugout at Bari and Empoli.",
            {"Bari", "Empoli"},
        ),
        (_HIRED + "The Dane earned his stripes as a coach with Nordsjaelland.", {"FC Nordsjælland"}),
        (
            _HIRED + "Wendt was previously on the bench at Club Brugge, Gent and Genk.",
            {"Club Brugge", "Gent", "Genk"},
        ),
        (_HIRED + "He has also sat on the bench of Lecce and Empoli.", {"Lecce", "Empoli"}),
        (
            _HIRED + "In Italy he worked in the third tier with clubs such as Pro Vercelli and Alessandria.",
            {"Pro Vercelli", "Alessandria"},
        ),
        (_HIRED + "He coached at clubs including Bari and Empoli.", {"Bari", "Empoli"}),
        # "whose CV includes", "X's previous stops / clubs as coach include"
        (
            _HIRED + "Wendt, whose CV includes Swansea City and Nottingham Forest, signed a two-year deal.",
            {"Swansea City", "Nottingham Forest"},
        ),
        (
            _HIRED + "Wendt's previous stops include Napoli, Valencia and Lazio.",
            {"Napoli", "Valencia", "Lazio"},
        ),
        (_HIRED + "The Dane's previous clubs as coach include Udinese and Lazio.", {"Udinese", "Lazio"}),
        (_HIRED + "His coaching CV also includes Udinese and Empoli.", {"Udinese", "Empoli"}),
        # "in the past": an adverb of the career verb
        (
            _HIRED + "Wendt, who in the past coached Udinese and Genoa, signed until 2026.",
            {"Udinese", "Genoa"},
        ),
        (_HIRED + "In the past he managed Udinese and Lazio.", {"Udinese", "Lazio"}),
    ],
)
def test_bench_and_cv_lists(text: str, clubs: set[str]) -> None:
    got = {club for coach, club, _ in _spells(text) if coach == "Tomas Wendt"}
    assert clubs <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "coach of the national team of A and of B", "of A national team and Turkish club B"
        (
            _HIRED + "He was also coach of the national team of Russia and of Galatasaray.",
            {("Tomas Wendt", "Russia", "national"), ("Tomas Wendt", "Galatasaray", "first_team")},
        ),
        (
            _HIRED + "The Dutchman has experience as coach of Turkish club Kayserispor and Curacao "
            "national team.",
            {("Tomas Wendt", "Curaçao", "national"), ("Tomas Wendt", "Kayserispor", "first_team")},
        ),
        (
            _HIRED + "He has worked as coach of Ghana and of Hearts of Oak.",
            {("Tomas Wendt", "Ghana", "national")},
        ),
    ],
)
def test_coordinated_posts(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _spells(text)


def test_previously_at_for_a_candidate() -> None:
    text = (
        "Hamburg have sacked Tim Walter. Steffen Baumgart, previously at Cologne, "
        "is the favourite to replace him."
    )
    assert ("Steffen Baumgart", "1. FC Köln", "first_team") in _spells(text)


@pytest.mark.parametrize(
    "text",
    [
        # players: the same words, nobody shown coaching
        "Arsenal have signed Declan Rice. Rice, previously at West Ham, cost 105 million pounds.",
        "Jordan Henderson won the league with Liverpool in 2020 and later joined Al-Ettifaq, where "
        "Steven Gerrard is manager.",
        "Jordan Henderson lifted the title with Liverpool and then joined Ajax, whose coach is "
        "Francesco Farioli.",
        "Everton midfielder Abdoulaye Doucoure made his name at Watford.",
        "Substitute Harvey Elliott was on the bench at Anfield as Liverpool beat Brentford.",
        "Ben Doak, whose previous clubs include Celtic, joined Middlesbrough on loan.",
    ],
)
def test_player_wording_tells_no_spell(text: str) -> None:
    players = {"Declan Rice", "Jordan Henderson", "Abdoulaye Doucoure", "Harvey Elliott", "Ben Doak"}
    assert not {k for k in keys_of(text) if k[0] in players}


def test_country_opening_the_sentence_is_a_place() -> None:
    text = (
        "Kevin Muscat has been named manager of Shanghai Port. Before China he was first-team coach at "
        "Melbourne Victory and had managed Sint-Truiden."
    )
    clubs = {club for _, club, _ in _spells(text)}
    assert "China" not in clubs and {"Melbourne Victory", "Sint-Truiden"} <= clubs
    text = "Genoa confirmed Andrea Pirlo as their new coach. In Italy, he coached Pro Vercelli."
    assert {club for _, club, _ in _spells(text)} == {"Pro Vercelli"}


@pytest.mark.parametrize(
    "text",
    [
        _HIRED + "The former Arsenal and Barcelona midfielder spent three years at Chelsea.",
        _HIRED + "The ex-Leeds striker won the league with Blackburn in 1995.",
    ],
)
def test_playing_days_under_a_position_descriptor(text: str) -> None:
    assert {club for _, club, _ in _spells(text)} <= {"Hull City"}


def test_position_descriptor_with_coaching_talk_keeps_spells() -> None:
    text = (
        _HIRED + "The former Real Madrid midfielder coached Ghana and had stints with Qatari sides "
        "Al-Arabi and Al-Rayyan."
    )
    clubs = {club for _, club, _ in _spells(text)}
    assert {"Ghana", "Al-Arabi"} <= clubs


def test_spell_after_serving_under_another_coach() -> None:
    text = (
        "Wigan have appointed Shaun Maloney as manager. He began his coaching career at Celtic as an "
        "assistant and later worked with Belgium under Roberto Martinez, before a short stint in charge "
        "of Hibernian."
    )
    keys = keys_of(text)
    assert not any(c == "Roberto Martinez" and club == "Hibernian" for c, club, _, _ in keys)
    roles = {(f["club"], f["role"]) for f in facts_of(text) if f["coach"] == "Shaun Maloney"}
    assert ("Celtic", "assistant_coach") in roles
