"""English machine-translated from Italian/Spanish/Portuguese/Turkish football news: "the
exoneration of X", "the technician", "took the relay of X", "assumed the Selection", "the
subsidiary", "the feminine first team" (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "It is official: Raffaele Palladino is no more the coach of the Fiorentina. The club has "
        "communicated this morning the exoneration of the Campanian technician.",
        "Fiorentina, Raffaele Palladino exonerated after the defeat at the Franchi.",
        "The Fiorentina has exonerated Raffaele Palladino after the defeat against the Lazio.",
    ],
)
def test_exoneration_is_a_dismissal(text: str) -> None:
    assert ("Raffaele Palladino", "Fiorentina", "first_team", "dismissed") in keys_of(text)


def test_an_exonerated_aside_at_the_end_of_the_sentence() -> None:
    keys = keys_of(
        "Torino appointed Paolo Vanoli in the summer to take the place of Ivan Juric, "
        "exonerated after one season."
    )
    assert ("Ivan Juric", "Torino", "first_team", "dismissed") in keys  # the aside says how he went


def test_the_technician_refers_back_to_the_coach() -> None:
    keys = keys_of(
        "Quique Setién is no more the trainer of the Villarreal. The club communicated on Tuesday "
        "the exoneration of the Cantabrian technician."
    )
    assert ("Quique Setién", "Villarreal", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Diego Simeone took the relay of Gregorio Manzano at the Atletico Madrid in December of 2011.",
        "Atletico Madrid presented Diego Simeone, who arrives in substitution of Gregorio Manzano.",
        "Atletico Madrid appointed Diego Simeone in the place of Gregorio Manzano.",
    ],
)
def test_relay_and_substitution_replace_the_predecessor(text: str) -> None:
    assert ("Gregorio Manzano", "Atlético Madrid", "first_team", "left") in keys_of(text)


def test_in_his_place_arrives() -> None:
    keys = keys_of(
        "The Genoa has communicated the exoneration of Paolo Sala. In his place arrives Dario Monti, "
        "who will guide the team for the rest of the campaign."
    )
    assert ("Dario Monti", "Genoa", "first_team", "appointed") in keys
    assert ("Paolo Sala", "Genoa", "first_team", "dismissed") in keys


def test_assumed_the_selection_names_the_national_team() -> None:
    facts = facts_of(
        "Tite left the Brazilian Selection after the World Cup. Fernando Diniz assumed the Selection in "
        "July of 2023 as interim."
    )
    got = [f for f in facts if f["coach"] == "Fernando Diniz" and f["event"] == "appointed"]
    assert got and got[0]["club"] == "Brazil" and got[0]["date"] == "2023-07-01"


def test_assumed_the_command_of_a_club() -> None:
    keys = keys_of("Abel Ferreira assumed the command of the Palmeiras in October of 2020.")
    assert ("Abel Ferreira", "Palmeiras", "first_team", "appointed") in keys


def test_arrived_to_the_bench_is_an_appointment() -> None:
    facts = facts_of(
        "The Sevilla presented Garcia Pimienta. Quique Sanchez Flores, who arrived to the Andalusian bench "
        "in the summer of 2023, did not continue."
    )
    assert any(f["event"] == "appointed" and f["coach"] == "Quique Sánchez Flores" for f in facts) or any(
        f["event"] == "appointed" and f["coach"] == "Quique Sanchez Flores" for f in facts
    )


def test_guides_the_national_of() -> None:
    keys = keys_of("Since March of 2021 Francesco Calzona guides the national of Slovakia.")
    assert ("Francesco Calzona", "Slovakia", "national", "in_charge") in keys


def test_directed_the_subsidiary() -> None:
    keys = keys_of(
        "The Real Sociedad presented its new trainer. Jagoba Arrasate directed until now the Osasuna, "
        "with which he worked since 2018."
    )
    assert ("Jagoba Arrasate", "Osasuna", "first_team", "in_charge") in keys


def test_the_subsidiary_is_the_reserve_team() -> None:
    keys = keys_of(
        "The Villarreal announced that Miguel Ángel Tena will be the new trainer of the subsidiary."
    )
    assert ("Miguel Ángel Tena", "Villarreal", "reserve", "appointed") in keys


def test_the_feminine_first_team_is_the_womens_side() -> None:
    keys = keys_of(
        "The Real Betis has announced this Friday that Pablo Gil will be the trainer of its "
        "feminine first team, in substitution of Jose Vera."
    )
    assert ("Pablo Gil", "Real Betis", "women", "appointed") in keys


def test_this_weekday_and_month_of_year() -> None:
    facts = facts_of("The Corinthians announced this Sunday the hiring of the technician António Oliveira.")
    got = [f for f in facts if f["event"] == "appointed"]
    assert got and got[0]["date"] == "2024-03-10"
    facts = facts_of("Abel Ferreira assumed the command of the Palmeiras in October of 2020.")
    assert facts and facts[0]["date"] == "2020-10-01" and facts[0]["date_precision"] == "month"


def test_a_contract_until_a_month_of_a_year_is_no_event_date() -> None:
    facts = facts_of(
        "The Santos announced the hiring of the technician Pedro Caixinha, who signs until December of 2026."
    )
    got = [f for f in facts if f["event"] == "appointed"]
    assert got and got[0]["date"] != "2026-01-01"


# --- asides and clause subjects --------------------------------------------------------------


def test_an_aside_that_tells_appointment_and_sacking() -> None:
    facts = facts_of(
        "Leicester sacked Steve Cooper on Sunday. Dean Smith, lured from Aston Villa in April and dismissed "
        "in June, never won a game."
    )
    got = {(f["coach"], f["club"], f["event"], f["date"]) for f in facts}
    assert ("Dean Smith", "Leicester City", "dismissed", "2023-06-01") in got
    assert ("Dean Smith", "Aston Villa", "left", "2023-04-01") in got


def test_who_took_interim_charge_inside_an_aside() -> None:
    facts = facts_of(
        "Watford sacked Tom Cleverley. Jimmy Gilligan, who had taken interim charge in October, will lead "
        "the side again on Saturday."
    )
    got = [f for f in facts if f["coach"] == "Jimmy Gilligan" and f["event"] == "appointed"]
    assert got and got[0]["role"] == "caretaker" and got[0]["date"] == "2023-10-01"


def test_the_replaced_coach_left_to_take_charge_elsewhere() -> None:
    keys = keys_of(
        "Sevilla appointed Julen Lopetegui. He arrived to replace Pablo Machín after the Spaniard "
        "left to take charge of Espanyol."
    )
    assert ("Pablo Machín", "Espanyol", "first_team", "appointed") in keys
    assert ("Julen Lopetegui", "Espanyol", "first_team", "appointed") not in keys


# --- dates of a second clause; a spell told by ellipsis ------------------------------------


def test_at_the_end_of_the_season_after_a_dated_event() -> None:
    facts = facts_of(
        "Napoli appointed Rafael Benítez in November 2013 and he left for Real Madrid "
        "at the end of the season."
    )
    got = {(f["club"], f["event"]): f["date"] for f in facts}
    assert got[("Napoli", "appointed")] == "2013-11-01"
    assert got.get(("Napoli", "left")) in ("2014-06-30", None)
    assert got.get(("Real Madrid", "appointed")) in ("2014-06-30", None)


def test_the_end_of_this_and_last_season() -> None:
    facts = facts_of("Xavi will leave Barcelona at the end of this season.", published="2024-01-28")
    assert [f["date"] for f in facts if f["event"] == "left"] == ["2024-06-30"]
    facts = facts_of("Julian Nagelsmann left RB Leipzig at the end of last season.", published="2021-09-01")
    assert [f["date"] for f in facts if f["event"] == "left"] == ["2021-06-30"]


def test_months_after_counts_back_from_the_told_date() -> None:
    facts = facts_of(
        "Chelsea appointed Guus Hiddink as interim coach in December 2015, "
        "six years after he had stepped down."
    )
    got = [f for f in facts if f["event"] == "resigned"]
    assert not got or got[0]["date"] in ("2009-01-01", None)
    assert all(f["date"] != "2015-12-01" for f in got)


def test_and_of_club_repeats_in_charge_of() -> None:
    facts = facts_of(
        "Unai Emery was in charge of Sevilla from 2013 to 2016, and of Valencia between 2008 and 2012."
    )
    got = {(f["club"], f["event"]): f["date"] for f in facts}
    assert got[("Sevilla", "in_charge")] == "2013-01-01"
    assert got[("Valencia", "in_charge")] == "2008-01-01"


# --- the Selection remembered; who is replaced; the favourite --------------------------------


def test_the_selection_is_the_country_first_called_so() -> None:
    facts = facts_of(
        "Mano Menezes was without club since his exit from the Brazilian Selection, after the defeat "
        "against Argentina. Menezes had assumed the Selection in July of 2010, in substitution of the "
        "interim Jorginho."
    )
    got = [f for f in facts if f["event"] == "appointed" and f["coach"] == "Mano Menezes"]
    assert got and got[0]["club"] == "Brazil"


@pytest.mark.parametrize(
    "text",
    [
        "Villarreal appointed Marcelino in substitution of the interim Miguel Ángel Tena.",
        "Villarreal appointed Marcelino, replacing the sacked Miguel Ángel Tena.",
    ],
)
def test_replacing_the_described_predecessor(text: str) -> None:
    keys = keys_of(text)
    assert any(k[0] == "Miguel Ángel Tena" and k[1] == "Villarreal" for k in keys)


def test_a_relay_in_the_reserve_team_keeps_its_squad() -> None:
    keys = keys_of(
        "Raúl González directed until now the Real Madrid Castilla, with which he worked since 2019, when "
        "he took the relay of Santiago Solari."
    )
    assert ("Santiago Solari", "Real Madrid", "reserve", "left") in keys


def test_the_favourite_named_in_an_aside() -> None:
    keys = keys_of(
        "The federation continues the negotiations with the Italian Roberto Mancini, favorite to assume "
        "the Saudi Arabia national team."
    )
    assert ("Roberto Mancini", "Saudi Arabia", "national", "linked") in keys


def test_will_direct_a_club_is_an_appointment_but_not_a_training_session() -> None:
    keys = keys_of(
        "Sevilla announced that Xavier García Pimienta will direct the Sevilla next season. "
        "García Pimienta will direct today the first training at the Ramón Sánchez-Pizjuán."
    )
    assert ("Xavier García Pimienta", "Sevilla", "first_team", "appointed") in keys
    assert len([k for k in keys if k[3] == "appointed"]) == 1


# --- a club hands over / takes back its team, told in translated words -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Sevilla has decided this Monday to dispense with the services of Julen Lopetegui.",
        "Sevilla dispensed with the services of coach Julen Lopetegui after the defeat at Dortmund.",
        "The Andalusian club dispenses with Julen Lopetegui. Sevilla communicated the decision on Monday.",
    ],
)
def test_dispense_with_the_services_is_a_sacking(text: str) -> None:
    assert ("Julen Lopetegui", "Sevilla", "first_team", "dismissed") in keys_of(text)


def test_dispensing_with_his_predecessor_names_nobody() -> None:
    keys = keys_of(
        "Kenny Dalglish was appointed Liverpool manager. He took charge in January, when the owners "
        "dispensed with his predecessor after six months."
    )
    assert ("Kenny Dalglish", "Liverpool", "first_team", "dismissed") not in keys
    assert ("Kenny Dalglish", "Liverpool", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "The Genoa sacked Alberto Gilardino and entrusted the team to Patrick Vieira.",
        "The Genoa exonerated Alberto Gilardino and re-entrusted the team to Patrick Vieira.",
        "The Genoa has decided to entrust once again the first team to Patrick Vieira.",
        "The Genoa entrusts the bench to the former Nice technician, Patrick Vieira.",
    ],
)
def test_entrusting_the_team_is_an_appointment(text: str) -> None:
    assert ("Patrick Vieira", "Genoa", "first_team", "appointed") in keys_of(text)


def test_evaluating_to_entrust_the_team_is_only_a_rumour() -> None:
    keys = keys_of("The Genoa had also evaluated to entrust the team to Patrick Vieira.")
    assert ("Patrick Vieira", "Genoa", "first_team", "linked") in keys
    assert ("Patrick Vieira", "Genoa", "first_team", "appointed") not in keys


def test_the_technician_whom_the_club_dismissed_is_him_alone() -> None:
    keys = keys_of(
        "The Valencia sacked Rubén Baraja and appointed Carlos Corberán, the technician whom the "
        "own club dismissed in 2019."
    )
    assert ("Carlos Corberán", "Valencia", "first_team", "dismissed") in keys
    assert ("Rubén Baraja", "Valencia", "first_team", "dismissed") in keys
    assert ("Carlos Corberán", "Valencia", "first_team", "appointed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Benfica sacked Rui Faria. The team's command will be assumed in interim form by Jose Tavares.",
        "Benfica sacked Rui Faria. The technical command was assumed provisionally by Jose Tavares.",
        "Benfica sacked Rui Faria. The bench of the team has been taken over by Jose Tavares on an "
        "interim basis.",
    ],
)
def test_command_assumed_by_is_an_appointment(text: str) -> None:
    facts = [f for f in facts_of(text) if f["coach"] == "Jose Tavares" and f["event"] == "appointed"]
    assert [(f["club"], f["squad"]) for f in facts] == [("Benfica", "first_team")]


_RELEASED = "Hoffenheim have released coach Pellegrino Matarazzo from his duties. "


@pytest.mark.parametrize(
    "text",
    [
        _RELEASED + "Successor becomes, also on Monday, Christian Ilzer.",
        _RELEASED + "The successor is Christian Ilzer.",
        _RELEASED + "His successor will be the Austrian Christian Ilzer.",
    ],
)
def test_successor_becomes_is_an_appointment(text: str) -> None:
    assert ("Christian Ilzer", "TSG Hoffenheim", "first_team", "appointed") in keys_of(text)


def test_followed_on_is_a_succession() -> None:
    keys = keys_of("At Mainz, Bo Henriksen had followed on Jan Siewert in February 2024.")
    assert ("Bo Henriksen", "1. FSV Mainz 05", "first_team", "appointed") in keys
    assert ("Jan Siewert", "1. FSV Mainz 05", "first_team", "left") in keys


# --- arrivals told instead of appointments ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jorge Jesus arrived at Benfica on 4 of July of 2019, coming from the Al Hilal of Saudi Arabia, "
        "to succeed Bruno Lage.",
        "Jorge Jesus arrived at Benfica in the summer of 2019, coming from the Al Hilal, "
        "to replace Bruno Lage.",
    ],
)
def test_arrival_coming_from_to_succeed(text: str) -> None:
    keys = keys_of(text)
    assert ("Jorge Jesus", "Benfica", "first_team", "appointed") in keys
    assert ("Bruno Lage", "Benfica", "first_team", "left") in keys


def test_arrival_role_is_not_read_from_the_predecessor_aside() -> None:
    facts = facts_of(
        "Jorge Jesus arrived at Benfica in the summer of 2019 to succeed Bruno Lage, who had led the team "
        "in interim after the dismissal of Rui Vitória."
    )
    roles = {f["role"] for f in facts if f["coach"] == "Jorge Jesus" and f["event"] == "appointed"}
    assert roles == {"head_coach"}


@pytest.mark.parametrize(
    "text",
    [
        "At Swansea, Luke Williams, who arrived last month from Notts County, has already changed the shape.",
        "At Swansea, Luke Williams, who arrives in January from Notts County, will meet the squad today.",
    ],
)
def test_who_arrived_from_at_the_framing_club(text: str) -> None:
    keys = keys_of(text)
    assert ("Luke Williams", "Swansea City", "first_team", "appointed") in keys
    assert ("Luke Williams", "Notts County", "first_team", "left") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Nottingham Forest sacked Steve Cooper, and Nuno Espírito Santo was brought in to steer "
        "Forest to safety.",
        "Watford sacked Xisco, and Claudio Ranieri was recalled to lead Watford for the rest of the season.",
        "Watford sacked Xisco. Claudio Ranieri, 70, has been brought back to rescue Watford.",
    ],
)
def test_brought_back_to_steer_the_club(text: str) -> None:
    keys = keys_of(text)
    coach = "Claudio Ranieri" if "Ranieri" in text else "Nuno Espírito Santo"
    club = "Watford" if "Watford" in text else "Nottingham Forest"
    assert (coach, club, "first_team", "appointed") in keys


def test_brought_back_into_the_squad_is_a_player() -> None:
    keys = keys_of("Watford recalled striker Troy Deeney, who was brought back to lead the line.")
    assert not any(k[0] == "Troy Deeney" and k[3] == "appointed" for k in keys)


def test_translated_departure_candidates_and_sub_age_groups() -> None:
    keys = keys_of(
        "The Cruz Azul made official this Tuesday the departure of the Uruguayan strategist Martin Anselmi. "
        "In his place, the board designated in interim form to Joaquin Moreno, coach of the Sub-23. "
        "Among the candidates appear the Argentine Vicente Sanchez and the Brazilian Renato Paiva."
    )
    assert {
        ("Martin Anselmi", "Cruz Azul", "first_team", "left"),
        ("Joaquin Moreno", "Cruz Azul", "u23", "in_charge"),
        ("Vicente Sanchez", "Cruz Azul", "first_team", "linked"),
        ("Renato Paiva", "Cruz Azul", "first_team", "linked"),
    } <= keys


def test_designated_in_interim_form() -> None:
    keys = keys_of(
        "Cruz Azul are looking for a coach. The board designated in interim form to Joaquin Moreno, "
        "coach of the Sub-23."
    )
    assert ("Joaquin Moreno", "Cruz Azul", "first_team", "appointed") in keys
    assert ("Joaquin Moreno", "Cruz Azul", "u23", "in_charge") in keys
    # the passive names the subject, not the man replaced
    keys = keys_of(
        "Imanol Alguacil took the reins as interim, and in December he was designated definitive trainer "
        "of Real Sociedad in substitution of Asier Garitano."
    )
    assert ("Asier Garitano", "Real Sociedad", "first_team", "appointed") not in keys
