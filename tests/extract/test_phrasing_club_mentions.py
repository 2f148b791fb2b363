"""Club mentions: context-only aliases after a career verb or a counted list ('Dutch sides A and B'),
places that are nobody (a city of several words, a country qualifying a club), descriptive references
to the club of a named country (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, keys_of
from test_mention_quality import tagged

from pipeline.extract.coreference import _town_club, town_as_club
from pipeline.extract.facts import Context
from pipeline.extract.mentions import run_mentions


def _clubs(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "C"]


def _people(sentence: str) -> list[str]:
    return [m.name for m in run_mentions(sentence, None) if m.kind == "P"]


# --- a context-only alias right after a career verb is its club, not a person ---------------------


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("He had previously managed Lyn in his homeland.", "Lyn"),
        ("Before that he coached Burton for two seasons.", "Burton Albion"),
        ("The 52-year-old took charge of Chester in 2019.", "Chester FC"),
        ("He left Lincoln last summer.", "Lincoln City"),
        ("He spent three years as head coach at Sutton before moving on.", "Sutton United"),
    ],
)
def test_a_context_alias_after_a_career_verb_is_the_club(sentence: str, club: str) -> None:
    assert club in _clubs(sentence)
    assert not _people(sentence)


def test_a_context_alias_later_in_a_career_list_is_the_club() -> None:
    assert _clubs("He managed Lillestrom and Lyn in Norway.") == ["Lillestrøm", "Lyn"]
    assert _clubs("She has coached Rosenborg, Brann and Lyn.")[-1] == "Lyn"


def test_the_same_word_without_a_career_verb_stays_a_name() -> None:
    assert "Lyn" in _people("Lyn said the team had played well.")
    assert _people("He managed Lyn Cooper's affairs.") == ["Lyn Cooper"]
    assert _clubs("He met Lincoln at the ground.") == []  # no coaching word: 'at' alone says nothing


def test_a_generic_alias_after_a_career_verb_is_not_guessed() -> None:
    assert "Manchester United" not in _clubs("He managed United for a decade.")


def test_career_facts_for_a_context_alias() -> None:
    keys = keys_of("Henning Berg had previously managed Lyn and Lillestrom in his homeland.")
    assert ("Henning Berg", "Lyn", "first_team", "in_charge") in keys
    assert ("Henning Berg", "Lillestrøm", "first_team", "in_charge") in keys


# --- places are nobody's name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sigi Schmid rebuilt the Columbus Crew, then left Ohio for Seattle Sounders in 2008.", "Ohio"),
        ("Jesse Marsch moved to Bavaria after leaving RB Salzburg.", "Bavaria"),
        ("Born in Texas, Gregg Berhalter later coached Columbus Crew.", "Texas"),
    ],
)
def test_a_state_or_region_is_no_person(text: str, place: str) -> None:
    assert not any(coach == place for coach, *_ in keys_of(text))


def test_a_surname_that_is_a_place_stays_a_person_when_named_in_full() -> None:
    keys = keys_of("Bolton Wanderers have appointed Dan Texas as manager. Texas said he was delighted.")
    assert ("Dan Texas", "Bolton Wanderers", "first_team", "appointed") in keys


# --- "the <nationality> club" after a career verb: the fitting club the sentence named ------------


def test_the_nationality_club_after_a_career_verb_is_the_club_named_before() -> None:
    keys = keys_of("Oliver Glasner coached Frankfurt for three years before he left the German club in 2024.")
    assert ("Oliver Glasner", "Eintracht Frankfurt", "first_team", "left") in keys


def test_a_nationality_two_named_clubs_fit_stays_unresolved() -> None:
    keys = keys_of("Mark Hart coached Mainz and Freiburg before he left the German club in 2024.")
    assert not any(event == "left" for *_, event in keys)
    assert ("Mark Hart", "1. FSV Mainz 05", "first_team", "in_charge") in keys


# --- names that hold 'of' are read whole when the reference data knows them --------------------


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("He rejected a move to the Stadium of Light last week.", "Sunderland"),
        ("Queen of the South have appointed a new manager.", "Queen of the South"),
        ("He left Hearts of Oak last year.", "Accra Hearts of Oak"),
    ],
)
def test_a_name_with_of_is_one_club(sentence: str, club: str) -> None:
    assert club in _clubs(sentence)
    assert not _people(sentence)


# --- names that hold 'and' are read whole when the reference data knows them ------------------


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("He also coached Trinidad and Tobago for two years.", "Trinidad and Tobago"),
        ("Bosnia and Herzegovina named a new coach on Monday.", "Bosnia and Herzegovina"),
        ("He joined Brighton and Hove Albion in 2019.", "Brighton & Hove Albion"),
        ("The job at Saint Kitts and Nevis is vacant.", "Saint Kitts and Nevis"),
    ],
)
def test_a_name_with_and_is_one_club(sentence: str, club: str) -> None:
    assert club in _clubs(sentence)
    assert not _people(sentence)


def test_two_clubs_joined_by_and_stay_two() -> None:
    assert _clubs("He coached Chelsea and Arsenal before retiring.") == ["Chelsea", "Arsenal"]


def test_a_squad_of_a_name_with_and_is_that_teams_squad() -> None:
    keys = keys_of(
        "Kelly Moran, who also coached Trinidad and Tobago's women and NWSL side Orlando Pride, "
        "fell out with the federation."
    )
    assert ("Kelly Moran", "Trinidad and Tobago", "national_women", "in_charge") in keys
    assert ("Kelly Moran", "Orlando Pride", "women", "in_charge") in keys


def test_a_ground_with_of_carries_its_club_into_the_facts() -> None:
    keys = keys_of(
        "Sunderland are still searching for a manager. Scott Kerr turned down the chance of a move to the "
        "Stadium of Light."
    )
    assert ("Scott Kerr", "Sunderland", "first_team", "offer_declined") in keys


# --- a town acting in a sentence is the one club of the article from there ----------------------


def test_a_city_as_subject_is_the_articles_club_of_that_city() -> None:
    keys = keys_of(
        "Greg Vanney coached the LA Galaxy from 2021. Los Angeles missed the playoffs in 2024, and in "
        "September Vanney resigned."
    )
    assert ("Greg Vanney", "LA Galaxy", "first_team", "resigned") in keys


def test_a_town_word_of_a_named_club_as_subject_is_that_club() -> None:
    keys = keys_of(
        "Oxford United appointed Tom Pryce in 2022. Oxford have had no permanent boss "
        "since Dan Lyle left for Derby County, with Mark Hines in caretaker charge."
    )
    assert ("Mark Hines", "Oxford United", "first_team", "in_charge") in keys


def test_a_city_with_two_clubs_of_the_article_stays_unresolved() -> None:
    ctx = Context()
    ctx.strong_clubs = {"LA Galaxy", "Los Angeles FC"}
    ctx.club_kinds = {"LA Galaxy": "club", "Los Angeles FC": "club"}
    assert _town_club("los angeles", ctx) is None
    ctx.strong_clubs = {"LA Galaxy", "Seattle Sounders"}
    assert _town_club("los angeles", ctx) == "LA Galaxy"


def test_a_town_that_is_a_named_persons_surname_stays_the_person() -> None:
    text = "Oxford United have sacked Tom Oxford. Oxford said he was sad to go."
    assert ("Tom Oxford", "Oxford United", "first_team", "dismissed") in keys_of(text)
    ctx = Context()
    ctx.strong_clubs, ctx.club_kinds = {"Oxford United"}, {"Oxford United": "club"}
    ctx.people.register("Tom Oxford", (0, 0))
    found = town_as_club("Oxford said he was sad to go.", [], ctx)
    assert not found


def test_az_is_the_club() -> None:
    keys = keys_of("AZ have appointed Maarten Martens as head coach. Martens coached the AZ under-18s.")
    assert ("Maarten Martens", "AZ Alkmaar", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        (
            "The coach has also trained Sporting, Cardiff, Hull City and Braga, to name a few.",
            {"Sporting CP", "Cardiff City", "Hull City", "Braga"},
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
    assert ("Carlos Carvalhal", "Everton", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    ("sentence", "not_club"),
    [
        ("In 2019 he had left Porto Alegre to coach in Spain.", "FC Porto"),
        ("The coach moved to Mexico City in the summer.", "Mexico"),
        ("He spent two seasons in Rio de Janeiro before returning home.", "Rio Ave"),
    ],
)
def test_a_city_of_several_words_is_no_club(sentence: str, not_club: str) -> None:
    assert not_club not in {m.name for m in run_mentions(sentence, set())}


def test_a_club_named_with_its_city_stays_a_club() -> None:
    names = {
        m.name for m in run_mentions("He joined Internacional de Porto Alegre and Kuala Lumpur City.", set())
    }
    assert {"Internacional", "Kuala Lumpur City FC"} <= names


def test_city_left_is_no_club_left() -> None:
    keys = keys_of(
        "Internacional sacked Eduardo Coudet on Monday. Coudet, who had left Porto Alegre for Spain in 2020, "
        "had returned to the club in July."
    )
    assert not any(k[1] == "FC Porto" for k in keys)
    assert ("Eduardo Coudet", "Internacional", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Urawa Red Diamonds appointed Kenji Mori, former coach of Kawasaki Frontale. At Kawasaki, Mori "
            "was replaced by Takashi Endo, coming from Sagan Tosu.",
            {
                ("Kenji Mori", "Kawasaki Frontale", "first_team", "left"),
                ("Takashi Endo", "Kawasaki Frontale", "first_team", "appointed"),
                ("Takashi Endo", "Sagan Tosu", "first_team", "left"),
            },
        ),
        (
            "Portland Timbers sacked Giovanni Savarese and hired Phil Neville. At Portland, Neville was "
            "replaced by Jim Curtin, coming over from Philadelphia Union.",
            {
                ("Jim Curtin", "Portland Timbers", "first_team", "appointed"),
                ("Jim Curtin", "Philadelphia Union", "first_team", "left"),
            },
        ),
    ],
)
def test_a_word_of_a_named_club_where_only_a_club_goes(text: str, wanted: set) -> None:
    keys = keys_of(text)
    assert wanted <= keys
    assert not any(k[1] == "Urawa Red Diamonds" and k[0] == "Takashi Endo" for k in keys)


def test_a_person_named_so_stays_a_person() -> None:
    """A word of a club that is also the name of someone the article names stays that person."""
    keys = keys_of(
        "Orlando City sacked Oscar Pareja. Assistant coach Martin Perelman will lead Orlando until a "
        "successor is found."
    )
    assert ("Oscar Pareja", "Orlando City", "first_team", "dismissed") in keys


def test_country_qualifying_a_club_is_a_place_not_the_national_team():
    text = (
        "Shakhtar Donetsk have appointed Marko Petrenko as head coach. Petrenko leaves Qatar club Al-Sadd, "
        "whom he led to the league title."
    )
    keys = keys_of(text)
    assert ("Marko Petrenko", "Al-Sadd", "first_team", "left") in keys
    assert not any(club == "Qatar" for _, club, _, _ in keys)


def test_country_after_in_the_is_a_place(monkeypatch):
    text = "Vitesse have named Pieter Smit as coach. Before that Smit trained Heerenveen in the Netherlands."
    assert "Netherlands" not in {name for kind, name, _ in tagged(text, monkeypatch) if kind == "C"}


def test_nationality_before_title_of_a_context_alias_club():
    text = (
        "Anderlecht sacked Brian Riemer on Monday. For next season, the name of Erik Holm, the Danish "
        "trainer of Standard, keeps coming up."
    )
    assert ("Erik Holm", "Standard Liège", "in_charge") in events_of(text)


def test_plural_sides_cue_the_context_alias_clubs_listed():
    text = (
        "Denmark named Lars Holm as head coach. Holm won three titles with FC Copenhagen, and he "
        "earlier coached Dutch sides Excelsior and Roda JC."
    )
    events = events_of(text)
    assert ("Lars Holm", "Excelsior Rotterdam", "in_charge") in events
    assert ("Lars Holm", "Roda JC Kerkrade", "in_charge") in events


# --- a nickname two national teams share is the one the article names --------------------------


def test_la_roja_is_chile_in_a_chile_story_and_spain_in_a_spain_story() -> None:
    chile = keys_of(
        "On Friday the Chilean federation named Argentine Hugo Ferraro as the new coach of La Roja. "
        "Chile next travel to Peru."
    )
    assert ("Hugo Ferraro", "Chile", "national", "appointed") in chile
    spain = keys_of(
        "Spain have named Luis de la Fuente as head coach. He takes over La Roja after the World Cup."
    )
    assert not any(k[1] == "Chile" for k in spain)
