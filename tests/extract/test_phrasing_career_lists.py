"""Career lists and coordinated spells: club lists after a coaching verb (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of, keys_of

# --- an ambiguous alias or an unknown club inside a list does not end it ------------------------


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            "Unai Emery has coached Valencia, Athletic, Sevilla, Arsenal and Villarreal.",
            ("Valencia", "Athletic Bilbao", "Sevilla", "Arsenal", "Villarreal"),
        ),
        (
            "Antonio Conte previously managed Juventus, Inter, Chelsea and Tottenham.",
            ("Juventus", "Inter Milan", "Chelsea", "Tottenham Hotspur"),
        ),
        (
            "Rafael Benítez has managed Liverpool, Inter, Chelsea, Napoli, Real, Newcastle and Everton.",
            ("Liverpool", "Inter Milan", "Chelsea", "Napoli", "Real Madrid", "Everton"),
        ),
    ],
)
def test_an_ambiguous_alias_between_two_listed_clubs_is_that_club(text: str, clubs: tuple[str, ...]) -> None:
    keys = keys_of(text)
    person = text.split(" has ")[0].split(" previously ")[0]
    for club in clubs:
        assert (person, club, "first_team", "in_charge") in keys, club


def test_an_unknown_club_in_the_list_keeps_it_going() -> None:
    keys = keys_of("Roberto Martínez previously coached Swansea, Wigan, Kolkheti Poti and Everton.")
    for club in ("Swansea City", "Wigan Athletic", "Everton"):
        assert ("Roberto Martínez", club, "first_team", "in_charge") in keys, club


def test_an_ambiguous_alias_outside_a_list_stays_unresolved() -> None:
    keys = keys_of("Erik ten Hag has coached Ajax. He said Inter were the better side.")
    assert not any(k[1] == "Inter Milan" for k in keys)
    assert ("Erik ten Hag", "Ajax", "first_team", "in_charge") in keys


# --- "has managed N teams, including A, B and C", "whose clubs include A and B" -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Claudio Ranieri, 72, has coached 18 clubs, including Valencia, Chelsea, Juventus and Leicester.",
        "Claudio Ranieri has managed several teams in four countries, including Valencia, Chelsea, Juventus "
        "and Leicester.",
        "The Italian coach Claudio Ranieri, whose former clubs include Valencia, Chelsea, Juventus and "
        "Leicester, is back in Serie A.",
    ],
)
def test_a_counted_or_included_career_list(text: str) -> None:
    keys = keys_of(text)
    for club in ("Valencia", "Chelsea", "Juventus", "Leicester City"):
        assert ("Claudio Ranieri", club, "first_team", "in_charge") in keys, club


def test_a_players_former_clubs_are_no_coaching_spells() -> None:
    keys = keys_of("The striker Jamie Vardy, whose former clubs include Fleetwood and Halifax, scored twice.")
    assert not any(k[0] == "Jamie Vardy" for k in keys)


# --- "As manager of C, X …" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "As manager of Sevilla, Unai Emery won the Europa League three times.",
        "As the head coach of Sevilla, Unai Emery lifted three European trophies.",
        "As Sevilla boss, Unai Emery won the Europa League in 2014, 2015 and 2016.",
    ],
)
def test_as_manager_of_a_club_the_subject_ran_it(text: str) -> None:
    assert ("Unai Emery", "Sevilla", "first_team", "in_charge") in keys_of(text)


def test_as_a_player_of_a_club_is_no_coaching_spell() -> None:
    keys = keys_of("As a player of Sevilla, Unai Emery was a midfielder.")
    assert not any(k[0] == "Unai Emery" and k[1] == "Sevilla" for k in keys)


# --- the second object of "led A and <descriptor> B", each with its own year ------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Guus Hiddink is the new Curacao coach. He led South Korea's national team in 2002 and "
            "Turkish club Fenerbahce in 2012.",
            ("South Korea", "2002-01-01"),
            ("Fenerbahçe", "2012-01-01"),
        ),
        (
            "Guus Hiddink is the new Curacao coach. He coached Australia in 2006 and English side Chelsea "
            "for six months in 2009.",
            ("Australia", "2006-01-01"),
            ("Chelsea", "2009-01-01"),
        ),
    ],
)
def test_each_listed_spell_takes_its_own_year(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    dates = {(f["club"], f["date"]) for f in facts_of(text) if f["event"] == "in_charge"}
    assert first in dates
    assert second in dates


# --- "since leaving <descriptor> C" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Burnley have appointed Scott Parker. The 43-year-old has been without a job since leaving Belgian "
        "club Club Brugge in April.",
        "Burnley have appointed Scott Parker. Parker had been out of work after leaving top-flight side "
        "Club Brugge in April.",
    ],
)
def test_since_leaving_a_described_club(text: str) -> None:
    assert ("Scott Parker", "Club Brugge", "first_team", "left") in keys_of(text)


# --- "Firstname Arena": a ground word as a surname ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bruce Arena, the veteran coach, managed Sporting Kansas City and Chicago Fire.",
        "Bruce Arena previously coached Sporting Kansas City and Chicago Fire.",
    ],
)
def test_a_given_name_and_arena_is_a_person(text: str) -> None:
    keys = keys_of(text)
    assert ("Bruce Arena", "Chicago Fire", "first_team", "in_charge") in keys


def test_a_ground_named_arena_stays_a_ground() -> None:
    keys = keys_of(
        "Xabi Alonso's side won at the Allianz Arena, and Leverkusen coach Xabi Alonso praised them."
    )
    assert not any(k[0] == "Allianz Arena" for k in keys)
    assert ("Xabi Alonso", "Bayer Leverkusen", "first_team", "in_charge") in keys


# --- "went on to win T with C … and later had a spell in charge of D" ----------------------------


def test_went_on_to_win_with_a_club_and_later_a_spell_in_charge() -> None:
    keys = keys_of(
        "Harry Redknapp has been honoured. He went on to win the FA Cup with Portsmouth in 2008 and "
        "later had a spell in charge of Tottenham."
    )
    assert ("Harry Redknapp", "Portsmouth", "first_team", "in_charge") in keys
    assert ("Harry Redknapp", "Tottenham Hotspur", "first_team", "in_charge") in keys


def test_a_player_who_went_on_to_win_with_a_club_is_no_coach() -> None:
    keys = keys_of(
        "Jamie Vardy scored 24 goals. He went on to win the Premier League with Leicester City in 2016."
    )
    assert not any(k[0] == "Jamie Vardy" for k in keys)


# --- "took charge of A in 2018 and moved to B a year later" --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thomas Tuchel took charge of Mainz in 2009 and moved to Borussia Dortmund six years later.",
        "Thomas Tuchel managed Mainz from 2009 and then switched to German side Borussia Dortmund in 2015.",
    ],
)
def test_a_coach_who_moved_on_left_one_club_for_the_other(text: str) -> None:
    facts = {(f["club"], f["event"], f["date"]) for f in facts_of(text) if f["coach"] == "Thomas Tuchel"}
    assert ("Borussia Dortmund", "appointed", "2015-01-01") in facts
    assert ("1. FSV Mainz 05", "left", "2015-01-01") in facts


def test_a_player_who_moved_to_a_club_is_no_coach_move() -> None:
    keys = keys_of("Harry Kane scored against Mainz in 2019 and moved to Bayern Munich four years later.")
    assert not any(k[0] == "Harry Kane" for k in keys)


def test_years_later_counts_from_the_date_told_before() -> None:
    import datetime

    from pipeline.extract.dates import find_dates

    dates = find_dates("He joined in March 2016 and left two seasons later.", datetime.date(2024, 3, 14))
    assert [d.value.year for d in dates] == [2016, 2018]
    assert find_dates("He left two years later.", datetime.date(2024, 3, 14)) == []


_PETROVIC_HIRED = "Anorthosis hired Goran Petrovic as coach on Monday. "


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        # the first posts of a coach, with the country they were in
        (
            "Rolf Madsen began his managerial career in Spain with Getafe, Osasuna and Elche.",
            {"Getafe", "Osasuna", "Elche"},
        ),
        ("Rolf Madsen started his coaching career at Brentford and Millwall.", {"Brentford", "Millwall"}),
        # a second clause of the sentence, after other spells
        (
            "Rolf Madsen has coached Lille and Nantes, and began his managerial career with Brest and Metz.",
            {"Lille", "Nantes", "Brest", "Metz"},
        ),
        # an Oxford comma
        ("Rolf Madsen previously coached Genoa, Torino, and Udinese.", {"Genoa", "Torino", "Udinese"}),
    ],
)
def test_career_lists(text: str, clubs: set[str]) -> None:
    got = {k[1] for k in keys_of(text) if k[0] == "Rolf Madsen" and k[3] == "in_charge"}
    assert all(any(c in g for g in got) for c in clubs), got


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        # the item's country after it, then an aside, then descriptive words before the next items
        (
            "Petrovic previously coached Maccabi Haifa of Israel, with which he won the cup twice, "
            "and the Greek Panathinaikos, and the English Watford.",
            {"Maccabi Haifa", "Panathinaikos", "Watford"},
        ),
        # translated word order: the adverb after the verb
        (
            "As he trained previously Red Star Belgrade and the Serbian Partizan, he knows the region.",
            {"Red Star Belgrade", "Partizan Belgrade"},
        ),
        # ... and before it
        ("Petrovic had before led the Cypriot APOEL and Omonia.", {"APOEL", "AC Omonia"}),
        # years in brackets after each item
        ("Petrovic coached Vojvodina (2015-17) and Partizan (2018).", {"FK Vojvodina", "Partizan Belgrade"}),
        (
            "Petrovic managed Vojvodina (2015–2017), Partizan and Red Star Belgrade.",
            {"FK Vojvodina", "Red Star Belgrade"},
        ),
        # a lowercase descriptive word before a later item
        (
            "Petrovic previously managed Vojvodina and the ambitious Apollon Limassol.",
            {"FK Vojvodina", "Apollon Limassol"},
        ),
    ],
)
def test_career_list_with_country_aside_years_and_descriptor(sentence: str, clubs: set[str]) -> None:
    keys = keys_of(_PETROVIC_HIRED + sentence)
    for club in clubs:
        assert ("Goran Petrovic", club, "first_team", "in_charge") in keys


def test_the_country_after_a_listed_club_is_no_national_spell() -> None:
    keys = keys_of(_PETROVIC_HIRED + "Petrovic previously coached Maccabi Haifa of Israel and Panathinaikos.")
    assert ("Goran Petrovic", "Maccabi Haifa", "first_team", "in_charge") in keys
    assert not any(k[1] == "Israel" for k in keys)


@pytest.mark.parametrize(
    "tail",
    [
        "Burnley and Everton, where he won promotion in 2019, as well as Norwich City and Watford",
        "Burnley, Everton, with whom he reached a cup final, as well as Norwich City and Watford",
    ],
)
def test_career_list_goes_on_after_an_aside_with_as_well_as(tail):
    text = f"Stoke City appointed Mark Hollis. Hollis previously coached {tail} in England."
    clubs = {f["club"] for f in facts_of(text) if f["coach"] == "Mark Hollis" and f["event"] == "in_charge"}
    assert {"Burnley", "Everton", "Norwich City", "Watford"} <= clubs


def test_and_also_coached_list_belongs_to_the_sentences_first_man():
    text = (
        "Corinthians appointed Ramón Díaz on Friday. A legend of River Plate as a player, Ramón Díaz also "
        "won titles as coach of Vélez Sarsfield, where he spent three spells, and later coached San "
        "Lorenzo, the Paraguay national team and Al-Hilal."
    )
    events = events_of(text)
    assert ("Ramón Díaz", "San Lorenzo", "in_charge") in events
    assert ("Ramón Díaz", "Paraguay", "in_charge") in events
    assert ("Ramón Díaz", "Al-Hilal", "in_charge") in events


def test_repeated_preposition_list_gives_each_club():
    text = (
        "Real Betis sacked Hugo Vidal on Sunday. Vidal, former coach of the Paraguay national team, of "
        "Toluca, of Monterrey and of Atlas, departs after two wins in twelve matches."
    )
    events = events_of(text)
    for club in ("Paraguay", "Toluca", "CF Monterrey", "Atlas"):
        assert ("Hugo Vidal", club, "in_charge") in events
