"""Machine-translated football news (Spanish, Portuguese, Italian, Turkish, Arabic sources through a
translator): the translated titles, verbs and word orders (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- 'technical director': the head coach in Turkish and Arabic football ------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad", "event"),
    [
        (
            "Al Ahly appointed the Swiss Marcel Koller as technical director of the first team.",
            "Marcel Koller",
            "Al Ahly",
            "first_team",
            "appointed",
        ),
        (
            "Wydad Casablanca named the Tunisian Moïne Chaâbani as their new technical director on Sunday.",
            "Moïne Chaâbani",
            "Wydad AC",
            "first_team",
            "appointed",
        ),
        (
            "Zamalek's board decided to terminate the contract of technical director José Gomes.",
            "José Gomes",
            "Zamalek",
            "first_team",
            "dismissed",
        ),
        (
            "Egypt's Football Association named Hossam Hassan as technical director of the Pharaohs.",
            "Hossam Hassan",
            "Egypt",
            "national",
            "appointed",
        ),
        (
            "Trabzonspor have appointed Şenol Güneş as technical director until the end of the season.",
            "Şenol Güneş",
            "Trabzonspor",
            "first_team",
            "appointed",
        ),
    ],
)
def test_technical_director_is_the_coach_in_turkish_and_arabic_football(
    text: str, coach: str, club: str, squad: str, event: str
) -> None:
    assert (coach, club, squad, event) in keys_of(text)


def test_technical_director_elsewhere_stays_an_executive() -> None:
    keys = keys_of("Southampton appointed Jason Wilcox as technical director on Monday.")
    assert not any(k[0] == "Jason Wilcox" for k in keys)


# --- the name set off by commas before the verb ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "The technical director of Beşiktaş, Giovanni van Bronckhorst, was dismissed after the defeat.",
            "Giovanni van Bronckhorst",
            "Beşiktaş",
            "dismissed",
        ),
        (
            "The coach of Sevilla, José Luis Mendilibar, has been sacked.",
            "José Luis Mendilibar",
            "Sevilla",
            "dismissed",
        ),
        (
            "The new trainer of Lazio, Marco Baroni, was appointed on Monday.",
            "Marco Baroni",
            "Lazio",
            "appointed",
        ),
    ],
)
def test_name_in_commas_before_the_verb(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_comma_after_a_name_not_in_apposition_is_no_subject() -> None:
    text = (
        "The Argentine, who arrived in substitution of Gregorio Manzano, is the coach with most matches "
        "at Atlético Madrid."
    )
    assert not any(k[0] == "Gregorio Manzano" and k[3] == "in_charge" for k in keys_of(text))


# --- translated titles and verbs --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Napoli officialized Antonio Conte as new mister on Wednesday.",
            "Antonio Conte",
            "Napoli",
            "appointed",
        ),
        (
            "Bayern Munich presented Vincent Kompany as their new trainer.",
            "Vincent Kompany",
            "Bayern Munich",
            "appointed",
        ),
        (
            "Eintracht Frankfurt officialised Dino Toppmöller as the new helmsman.",
            "Dino Toppmöller",
            "Eintracht Frankfurt",
            "appointed",
        ),
        ("Cruz Azul ratified Vicente Sánchez as DT until 2026.", "Vicente Sánchez", "Cruz Azul", "appointed"),
    ],
)
def test_presented_officialized_ratified_as_new_title(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


@pytest.mark.parametrize(
    ("text", "coach"),
    [
        ("Getafe announced the dismissal of the DT José Bordalás on Sunday.", "José Bordalás"),
        ("Barcelona confirmed the DT Hansi Flick until 2027 and extended his contract.", "Hansi Flick"),
        ("The mister Luciano Spalletti was sacked by Juventus.", "Luciano Spalletti"),
    ],
)
def test_translated_title_is_no_part_of_the_name(text: str, coach: str) -> None:
    names = {k[0] for k in keys_of(text)}
    assert coach in names
    assert not any(n.startswith(("DT ", "Mister ")) for n in names)


# --- the verb first (Spanish/Italian word order kept by the translator) ----------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "event"),
    [
        (
            "Arrives Marcelo Gallardo to Al-Ittihad after two years without a team.",
            "Marcelo Gallardo",
            "Al-Ittihad",
            "appointed",
        ),
        ("Arrives the Portuguese Paulo Sousa at Flamengo.", "Paulo Sousa", "Flamengo", "appointed"),
        (
            "Leaves the bench of Boca Juniors the Uruguayan Jorge Almirón after the elimination.",
            "Jorge Almirón",
            "Boca Juniors",
            "left",
        ),
        ("Leaves Sevilla the coach Diego Alonso after four months.", "Diego Alonso", "Sevilla", "left"),
    ],
)
def test_verb_first_arrivals_and_departures(text: str, coach: str, club: str, event: str) -> None:
    assert (coach, club, "first_team", event) in keys_of(text)


def test_arrives_inside_a_sentence_is_no_verb_first() -> None:
    keys = keys_of("The squad arrives in Madrid on Monday, and Marcelo Gallardo watched from the stands.")
    assert not any(k[3] == "appointed" for k in keys)


# --- still at the helm ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The strategist Marcelo Bielsa will continue at the helm of Uruguay until the 2026 World Cup.",
        "Marcelo Bielsa remains at the head of Uruguay despite the defeats.",
    ],
)
def test_continue_at_the_helm_of(text: str) -> None:
    assert ("Marcelo Bielsa", "Uruguay", "national", "in_charge") in keys_of(text)


# --- rescinded contracts, renewals of a named nationality, age-group 'selections' ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Sevilla rescinded the contract of José Luis Mendilibar after the defeat against Cádiz.",
        "Sevilla rescinded yesterday the contract with the helmsman José Luis Mendilibar.",
    ],
)
def test_club_rescinded_the_contract_of(text: str) -> None:
    assert ("José Luis Mendilibar", "Sevilla", "first_team", "dismissed") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        (
            "Palmeiras renewed the contract of the Portuguese Abel Ferreira until 2025.",
            "Abel Ferreira",
            "Palmeiras",
        ),
        (
            "Real Betis extended the contract of the Chilean technician Manuel Pellegrini.",
            "Manuel Pellegrini",
            "Real Betis",
        ),
    ],
)
def test_contract_of_a_named_nationality_renewed(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "extended") in keys_of(text)


@pytest.mark.parametrize(
    ("text", "squad"),
    [
        ("Argentina named Javier Mascherano coach of the Sub-20 selection.", "national_u20"),
        (
            "Argentina confirmed Javier Mascherano as coach of the U-23 selection for the Olympics.",
            "national_u23",
        ),
    ],
)
def test_age_group_selection_is_a_national_side(text: str, squad: str) -> None:
    assert ("Javier Mascherano", "Argentina", squad, "appointed") in keys_of(text)


# --- club nicknames the translator left in lower case ------------------------------------------


@pytest.mark.parametrize(
    ("text", "coach", "club", "squad", "event"),
    [
        (
            "Thiago Motta was sacked by the bianconeri on Sunday.",
            "Thiago Motta",
            "Juventus",
            "first_team",
            "dismissed",
        ),
        (
            "Xabi Alonso will be the new coach of the merengues.",
            "Xabi Alonso",
            "Real Madrid",
            "first_team",
            "appointed",
        ),
        (
            "Dorival Júnior assumed the command of the canarinha.",
            "Dorival Júnior",
            "Brazil",
            "national",
            "appointed",
        ),
        (
            "José Bordalás was dismissed by the azulones.",
            "José Bordalás",
            "Getafe",
            "first_team",
            "dismissed",
        ),
    ],
)
def test_lowercase_romance_nickname_after_the(
    text: str, coach: str, club: str, squad: str, event: str
) -> None:
    assert (coach, club, squad, event) in keys_of(text)


def test_lowercase_english_nickname_stays_a_word() -> None:
    keys = keys_of("Sean Dyche was sacked after the toffees and the hammers were handed out at the fair.")
    assert not any(k[1] in ("Everton", "West Ham United") for k in keys)


@pytest.mark.parametrize(
    ("text", "coach", "club"),
    [
        ("Jürgen Klopp left the bench of Liverpool after nine years.", "Jürgen Klopp", "Liverpool"),
        (
            "Gian Piero Gasperini has left the helm of Atalanta after nine seasons.",
            "Gian Piero Gasperini",
            "Atalanta",
        ),
        (
            "Diego Alonso leaves the dugout of Sevilla with the team in the relegation zone.",
            "Diego Alonso",
            "Sevilla",
        ),
    ],
)
def test_left_the_bench_of(text: str, coach: str, club: str) -> None:
    assert (coach, club, "first_team", "left") in keys_of(text)
