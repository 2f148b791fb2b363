"""Clubs referred to without their plain name: nicknames several clubs wear, 'X of <country>',
and the nickname families of the reference data (own variants, not article text)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

from pipeline.extract.mentions import run_mentions
from pipeline.reference import lookup_club


def _clubs(sentence: str, strong: set[str] | None = None) -> list[str]:
    return [m.name for m in run_mentions(sentence, set() if strong is None else strong) if m.kind == "C"]


# --- a club named by '<alias> of <country>' ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Kwame Mensah has been appointed coach of Al Hilal of Sudan.", "Al-Hilal Omdurman"),
        ("Diego Pereyra was named head coach of Nacional of Uruguay on Friday.", "Club Nacional de Football"),
        ("Liverpool of Uruguay have sacked their coach Marcos Ferreyra.", "Liverpool Montevideo"),
        ("Simba of Tanzania have hired Johan Visser as head coach.", "Simba SC"),
        ("Wydad of Morocco dismissed coach Pierre Lemoine after the derby.", "Wydad AC"),
        ("Everton of Chile appointed Tomás Ríos as their new coach.", "Everton de Viña del Mar"),
    ],
)
def test_a_club_of_a_country_is_that_countrys_club_not_its_team(text: str, club: str) -> None:
    clubs = {c for _, c, _ in events_of(text)}
    assert club in clubs
    wrong = {"Sudan", "Uruguay", "Tanzania", "Morocco", "Chile", "Al-Hilal", "CD Nacional", "Liverpool"}
    assert not clubs & wrong


def test_a_club_of_another_country_is_neither_club_nor_team() -> None:
    # the Libyan club the alias names, not Egypt's Al Ahly
    assert _clubs("He coached Al Ahly of Libya for a year.") == ["Al-Ahly Tripoli"]
    # a country no club of that alias plays in: nothing rather than the wrong club or the team
    assert _clubs("He coached Al Ahly of Bahrain for a year.") == []


def test_of_a_country_after_a_non_club_is_untouched() -> None:
    assert _clubs("The Football Association of Wales sacked Rob Page.") == ["Wales"]
    assert _clubs("He was named coach of the Republic of Ireland.") == ["Republic of Ireland"]


# --- a strong nickname another club wears too ----------------------------------------------------


def test_the_red_devils_are_the_club_the_article_names() -> None:
    text = "Marcel Koller coached Al Ahly for three years. The Red Devils won the title under him."
    assert ("Marcel Koller", "Al Ahly", "in_charge") in events_of(text)
    assert not any(c == "Manchester United" for _, c, _ in events_of(text))
    assert not any(
        c == "Manchester United"
        for _, c, _ in events_of("Al Ahly sacked Omar Sherif. The Red Devils appointed Tarek Fahmy as coach.")
    )
    assert ("Tarek Fahmy", "Al Ahly", "appointed") in events_of(
        "Al Ahly sacked Omar Sherif. The Red Devils appointed Tarek Fahmy as coach."
    )


def test_the_red_devils_alone_stay_manchester_united() -> None:
    keys = events_of("The Red Devils have sacked Erik ten Hag after a run of defeats.")
    assert ("Erik ten Hag", "Manchester United", "dismissed") in keys
    keys = events_of("Manchester United beat Belgium's champions. The Red Devils have sacked Erik ten Hag.")
    assert ("Erik ten Hag", "Manchester United", "dismissed") in keys


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Cape Town City are bottom. The Citizens have sacked Sizwe Dlamini.", "Cape Town City FC"),
        ("Notts County are top. The Magpies have extended Luke Williams's contract.", "Notts County"),
        ("Atalanta lost again. The Nerazzurri have sacked Paolo Greco.", "Atalanta"),
        ("Udinese lost at home. The Bianconeri have dismissed Marco Fabbri.", "Udinese"),
        ("Salernitana were beaten. The Granata have sacked Luca Marchetti.", "Salernitana"),
    ],
)
def test_a_shared_strong_nickname_follows_the_named_club(text: str, club: str) -> None:
    clubs = {c for _, c, e in events_of(text) if e == "dismissed" or e == "extended"}
    assert clubs == {club}


def test_a_shared_strong_nickname_keeps_its_owner_when_the_owner_is_named() -> None:
    text = "Inter beat Atalanta on Sunday. Inter Milan later sacked Paolo Greco. The Nerazzurri are fourth."
    assert ("Paolo Greco", "Inter Milan", "dismissed") in events_of(text)
    assert _clubs("The Nerazzurri sacked him.", {"Atalanta", "Inter Milan"}) == ["Inter Milan"]


# --- context-only nicknames: the club the article names, or nothing -----------------------------


@pytest.mark.parametrize(
    ("nickname", "named", "club"),
    [
        ("the Sky Blues", "Sydney FC", "Sydney FC"),
        ("the Sky Blues", "Coventry City", "Coventry City"),
        ("the Blues", "Ipswich Town", "Ipswich Town"),
        ("the Reds", "Adelaide United", "Adelaide United"),
        ("the Canaries", "JS Kabylie", "JS Kabylie"),
        ("the Canaries", "Modena", "Modena"),
        ("the Red Devils", "1. FC Kaiserslautern", "1. FC Kaiserslautern"),
        ("the Robins", "Swindon Town", "Swindon Town"),
        ("the Phoenix", "Wellington Phoenix", "Wellington Phoenix"),
        ("the Ravens", "TP Mazembe", "TP Mazembe"),
        ("the Black Eagles", "ES Sétif", "ES Sétif"),
    ],
)
def test_a_shared_nickname_means_the_named_club(nickname: str, named: str, club: str) -> None:
    assert _clubs(f"He was sacked by {nickname} in May.", {named}) == [club]


@pytest.mark.parametrize(
    ("nickname", "named"),
    [
        ("the Blues", {"Chelsea", "Birmingham City"}),
        ("the Eagles", {"Crystal Palace", "Benfica"}),
        ("the Canaries", {"Norwich City", "JS Kabylie"}),
        ("the Sky Blues", set()),
        ("the Phoenix", set()),
    ],
)
def test_a_shared_nickname_names_nobody_when_the_article_is_ambiguous(nickname: str, named: set[str]) -> None:
    assert _clubs(f"He was sacked by {nickname} in May.", named) == []


def test_a_bare_nickname_never_creates_a_club_the_article_does_not_name() -> None:
    assert events_of("The Blues have sacked their head coach after a run of defeats, the club said.") == set()
    assert not any(
        c == "Crystal Palace"
        for _, c, _ in events_of("Benfica drew again. The Eagles have sacked Rui Almeida, the club said.")
    )


# --- nickname families in the reference data -----------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Tykes", "Barnsley"),
        ("Imps", "Lincoln City"),
        ("Shrimpers", "Southend United"),
        ("Gills", "Gillingham"),
        ("Chairboys", "Wycombe Wanderers"),
        ("Pars", "Dunfermline Athletic"),
        ("Spezzini", "Spezia"),
        ("Doriani", "Sampdoria"),
        ("Etnei", "Catania"),
        ("Imortal", "Grêmio"),
        ("Red Giants", "Al Ahly"),
        ("White Knights", "Zamalek"),
        ("K'Ogalo", "Gor Mahia"),
        ("Ingwe", "AFC Leopards"),
        ("Chilli Boys", "Chippa United"),
        ("Babina Noko", "Sekhukhune United"),
        ("Les Dauphins Noirs", "AS Vita Club"),
        ("ASEC Mimosas", "ASEC Mimosas"),
        ("Al Merrikh", "Al-Merrikh"),
    ],
)
def test_nickname_families(alias: str, name: str) -> None:
    ref = lookup_club(alias)
    assert ref is not None and ref.name == name


@pytest.mark.parametrize(
    "word", ["Millers", "Stags", "Gas", "Mariners", "Vipers", "Tusker", "Azam", "Msimbazi"]
)
def test_ordinary_word_nicknames_are_context_only(word: str) -> None:
    assert lookup_club(word) is None


def test_mid_sentence_nickname_of_a_lower_league_club() -> None:
    keys = events_of("Barnsley have appointed Darrell Clarke. He joins the Tykes from Port Vale.")
    assert ("Darrell Clarke", "Barnsley", "appointed") in keys
    assert _clubs("He left the Shrimpers in 2023.") == ["Southend United"]


def test_a_man_just_replaced_was_sacked_from_the_post_he_left() -> None:
    # the nickname makes the coach's old club the most named; the sacking is still the replaced man's post
    text = (
        "Notts County head coach Ben Carr has quit the club to take over at Cardiff City. "
        "Cardiff paid compensation to the Magpies. "
        "Carr replaces Dan Stone at Cardiff. "
        "Stone was sacked in February."
    )
    assert ("Dan Stone", "Cardiff City", "dismissed") in events_of(text)
    assert ("Dan Stone", "Notts County", "dismissed") not in events_of(text)
