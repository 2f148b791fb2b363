"""Career lists broken by a country, an aside, years in brackets or a descriptive word ('coached Maccabi
Tel Aviv of Israel, with which he won the league, and the Greek PAOK'), translated word order ('trained
previously A', 'had before led B'), contracts not renewed, ended or extended, squads known by their
coach ('the under-20s coached by X'), a 'technical director of the first team' who is its coach, and
'AZ' as the club; written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_HIRED = "Anorthosis hired Goran Petrovic as coach on Monday. "


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
    keys = keys_of(_HIRED + sentence)
    for club in clubs:
        assert ("Goran Petrovic", club, "first_team", "in_charge") in keys


def test_the_country_after_a_listed_club_is_no_national_spell() -> None:
    keys = keys_of(_HIRED + "Petrovic previously coached Maccabi Haifa of Israel and Panathinaikos.")
    assert ("Goran Petrovic", "Maccabi Haifa", "first_team", "in_charge") in keys
    assert not any(k[1] == "Israel" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "The federation decided not to renew the contract of Ivan Horvat after the Euros.",
        "The federation chose not to extend Ivan Horvat's deal.",
        "The federation opted against renewing the contract of coach Ivan Horvat.",
    ],
)
def test_contract_not_renewed_is_a_departure(sentence: str) -> None:
    text = "Ivan Horvat had coached Croatia since 2019. " + sentence
    keys = keys_of(text)
    assert ("Ivan Horvat", "Croatia", "national", "left") in keys
    assert ("Ivan Horvat", "Croatia", "national", "extended") not in keys


def test_contract_not_renewed_is_the_senior_coach_even_in_a_youth_story() -> None:
    text = (
        "Marko Babic will coach Croatia's Under-21 team, the federation said. "
        "Babic replaces Ante Kovac, who was promoted after the federation decided not to renew "
        "the contract of coach Ivan Horvat."
    )
    assert ("Ivan Horvat", "Croatia", "national", "left") in keys_of(text)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        (
            "Al Wahda announced the termination of the contract of the Brazilian coach Paulo Lima.",
            "dismissed",
        ),
        (
            "Al Wahda announced the cancellation of the contract of coach Paulo Lima by mutual consent.",
            "left",
        ),
        (
            "Al Wahda confirmed the rescission of the contract of Paulo Lima, the technical director of the "
            "first team, by mutual agreement.",
            "left",
        ),
    ],
)
def test_termination_of_the_contract_of(sentence: str, event: str) -> None:
    keys = keys_of("Al Wahda lost again. " + sentence)
    assert ("Paulo Lima", "Al-Wahda", "first_team", event) in keys


def test_technical_director_of_the_first_team_is_its_coach() -> None:
    keys = keys_of("Paulo Lima, the technical director of the first team of Al Wahda, resigned on Sunday.")
    assert ("Paulo Lima", "Al-Wahda", "first_team", "resigned") in keys


def test_sporting_technical_director_stays_an_executive() -> None:
    keys = keys_of(
        "Al Wahda sacked coach Paulo Lima. Sporting director Rui Costa, the technical director of the club, "
        "spoke."
    )
    assert not any(k[0] == "Rui Costa" for k in keys)


@pytest.mark.parametrize(
    "sentence",
    [
        "Moyes himself signed a two-year extension in November, taking his deal to 2026.",
        "Moyes signed a one-year contract extension last month.",
        "Moyes, who has been in charge since 2019, had his contract extended until 2027 last year.",
        "Moyes has had his deal renewed until 2026.",
    ],
)
def test_extension_phrasings(sentence: str) -> None:
    keys = keys_of("West Ham beat Fulham on Sunday. David Moyes is West Ham's manager. " + sentence)
    assert ("David Moyes", "West Ham United", "first_team", "extended") in keys


@pytest.mark.parametrize(
    ("sentence", "squads"),
    [
        (
            "Ghana's youth teams did well: the under-20s coached by Kofi Mensah and the under-17s led by "
            "Yaw Boateng both reached their finals.",
            {("Kofi Mensah", "national_u20"), ("Yaw Boateng", "national_u17")},
        ),
        (
            "The federation praised the under-20s managed by Kofi Mensah.",
            {("Kofi Mensah", "national_u20")},
        ),
    ],
)
def test_squad_known_by_its_coach(sentence: str, squads: set[tuple[str, str]]) -> None:
    keys = keys_of("Ghana named Otto Addo as coach. " + sentence)
    for coach, squad in squads:
        assert (coach, "Ghana", squad, "in_charge") in keys


def test_az_is_the_club() -> None:
    keys = keys_of("AZ have appointed Maarten Martens as head coach. Martens coached the AZ under-18s.")
    assert ("Maarten Martens", "AZ Alkmaar", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Kovac, who departed last month to become Hajduk Split manager, was replaced by Babic.",
        "Kovac left in March to become the new Hajduk Split head coach.",
        "Kovac quit earlier this month to become Hajduk Split coach.",
    ],
)
def test_departed_to_become_with_a_time_between(sentence: str) -> None:
    keys = keys_of("Rijeka named Marko Babic as coach. " + sentence.replace("Kovac", "Ante Kovac", 1))
    assert ("Ante Kovac", "Hajduk Split", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "sentence",
    [
        "At Rijeka he replaced Ante Kovac, who left in April to the Hajduk Split in mid-season.",
        "Ante Kovac departed last summer to the Hajduk Split.",
    ],
)
def test_translated_left_to_the_club(sentence: str) -> None:
    keys = keys_of("Rijeka sacked Marko Babic. " + sentence)
    assert ("Ante Kovac", "Hajduk Split", "first_team", "appointed") in keys


def test_left_to_the_club_needs_a_club() -> None:
    keys = keys_of("Rijeka sacked Marko Babic. Ante Kovac left in April to the dismay of the fans.")
    assert not any(k[0] == "Ante Kovac" and k[3] == "appointed" for k in keys)


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        (
            "The coach also already trained Sporting, Swansea, Sheffield Wednesday and Rio Ave, "
            "among others.",
            {"Sporting CP", "Swansea City", "Sheffield Wednesday", "Rio Ave"},
        ),
        ("He previously coached Inter and Chelsea.", {"Inter Milan", "Chelsea"}),
    ],
)
def test_context_alias_opening_a_career_list(sentence: str, clubs: set[str]) -> None:
    keys = keys_of("Al-Taawoun appointed Carlos Carvalhal as coach. " + sentence)
    for club in clubs:
        assert ("Carlos Carvalhal", club, "first_team", "in_charge") in keys


def test_generic_alias_opening_a_list_stays_unread() -> None:
    keys = keys_of("Everton hired Carlos Carvalhal. He managed United and Fulham.")
    assert not any(k[0] == "Carlos Carvalhal" and "United" in k[1] for k in keys)
