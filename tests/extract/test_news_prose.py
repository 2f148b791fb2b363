"""Past spells, rumours and departures as ordinary news prose writes them."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def test_once_in_charge_of_apposition() -> None:
    keys = keys_of(
        "Wolves have appointed Gary O'Neil. O'Neil, once in charge of Bournemouth, replaces Julen Lopetegui."
    )
    assert ("Gary O'Neil", "AFC Bournemouth", "first_team", "in_charge") in keys


def test_who_previously_had_spells_at() -> None:
    keys = keys_of("Burnley have hired Scott Parker, who previously had spells at Fulham and Club Brugge.")
    assert ("Scott Parker", "Fulham", "first_team", "in_charge") in keys
    assert ("Scott Parker", "Club Brugge", "first_team", "in_charge") in keys


def test_could_be_the_next_manager() -> None:
    keys = keys_of("Roberto De Zerbi could be the next Manchester United manager.")
    assert ("Roberto De Zerbi", "Manchester United", "first_team", "linked") in keys


def test_left_for_another_club_is_a_departure_from_the_club_in_view() -> None:
    keys = keys_of(
        "Rangers have appointed Giovanni van Bronckhorst as manager, a week after Steven Gerrard left for "
        "Aston Villa. Gerrard was appointed by Aston Villa on November 11."
    )
    assert ("Steven Gerrard", "Rangers", "first_team", "left") in keys
    assert ("Steven Gerrard", "Aston Villa", "first_team", "left") not in keys


def test_left_for_does_not_move_the_appointee() -> None:
    keys = keys_of(
        "Sporting CP have appointed Joao Pereira, replacing Ruben Amorim, who has left for Manchester United."
    )
    assert ("Joao Pereira", "Sporting CP", "first_team", "left") not in keys
    assert ("Ruben Amorim", "Manchester United", "first_team", "left") not in keys
    assert ("Joao Pereira", "Sporting CP", "first_team", "appointed") in keys


def test_appointing_another_clubs_coach_is_his_departure_from_there() -> None:
    keys = keys_of("Norwich City have named Huddersfield Town manager David Wagner as their new head coach.")
    assert ("David Wagner", "Huddersfield Town", "first_team", "left") in keys


def test_appointing_a_former_coach_is_no_departure() -> None:
    keys = keys_of("Inter Miami hired former Argentina and Barcelona coach Gerardo Martino on Wednesday.")
    assert not {k for k in keys if k[3] == "left"}
    assert ("Gerardo Martino", "Inter Miami", "first_team", "appointed") in keys


def test_relative_clause_spells_take_no_date_from_outside_it() -> None:
    facts = facts_of(
        "Leeds have sacked Jesse Marsch. Marsch, who managed RB Salzburg and RB Leipzig, leaves after a year."
    )
    spells = [f for f in facts if f["event"] == "in_charge"]
    assert spells and all(f["date"] is None for f in spells)


def test_between_years_dates_a_spell() -> None:
    facts = facts_of(
        "Hull City have appointed Liam Rosenior, who managed Derby County between 2015 and 2018."
    )
    spell = next(f for f in facts if f["event"] == "in_charge")
    assert (spell["club"], spell["date"], spell["date_precision"]) == ("Derby County", "2015-01-01", "year")


def test_perfect_clause_after_a_dated_one_is_todays_news() -> None:
    facts = facts_of(
        "Everton sacked Frank Lampard last week and have now appointed Sean Dyche.", "2024-03-12"
    )
    by_event = {f["event"]: (f["date"], f["date_precision"]) for f in facts}
    assert by_event["appointed"] == ("2024-03-12", "day")
    assert by_event["dismissed"] == ("2024-03-05", "week")


def test_role_words_of_the_next_clause_are_not_the_sacked_coachs() -> None:
    facts = facts_of(
        "Chelsea sacked Graham Potter on Sunday, and Bruno Saltor was named caretaker on Monday."
    )
    roles = {(f["coach"], f["event"]): f["role"] for f in facts}
    assert roles[("Graham Potter", "dismissed")] == "head_coach"
    assert roles[("Bruno Saltor", "appointed")] == "caretaker"


def test_shortlist_told_as_a_with_clause() -> None:
    keys = keys_of(
        "Newcastle United have cut their list of head coach candidates to three, with Fulham's Pedro "
        "Lanza, Bournemouth's Tomas Ekberg and Brighton boss Carl Whitley all under consideration."
    )
    for name in ("Pedro Lanza", "Tomas Ekberg", "Carl Whitley"):
        assert (name, "Newcastle United", "first_team", "linked") in keys


def test_talks_with_another_clubs_boss() -> None:
    keys = keys_of(
        "Borussia Dortmund have held talks with Wolfsburg boss Henrik Malm about their empty head coach post."
    )
    # talks held: the club has approached him, an offer
    assert ("Henrik Malm", "Borussia Dortmund", "first_team", "offer") in keys


def test_expected_to_leave_for_a_club() -> None:
    keys = keys_of("Diego Ferrer is widely expected to leave for Real Betis once the season ends.")
    assert ("Diego Ferrer", "Real Betis", "first_team", "linked") in keys


def test_round_up_names_each_team_by_its_coach() -> None:
    keys = keys_of(
        "Marco Rossetti's Sassuolo had already sealed first place, while Enrico Valli's Palermo and "
        "Dario Fonti's Bari lead the chasing pack."
    )
    assert ("Marco Rossetti", "Sassuolo", "first_team", "in_charge") in keys
    assert ("Dario Fonti", "Bari", "first_team", "in_charge") in keys


def test_a_lone_possessive_club_needs_the_person_to_be_a_coach() -> None:
    assert not keys_of("Lionel Messi's Inter Miami won again.")


def test_leaves_a_club_described_by_its_league() -> None:
    keys = keys_of("Tony Popovic leaves A-League Men club Melbourne Victory.")
    assert ("Tony Popovic", "Melbourne Victory", "first_team", "left") in keys


def test_list_of_spells_across_a_date_range() -> None:
    facts = facts_of(
        "Aston Villa have appointed Rafael Mendes. Mendes has had no job since leaving "
        "Benfica in May 2023, having also managed Sporting CP from 2015 to 2020, "
        "Braga and Boavista."
    )
    spells = {f["club"]: f["date"] for f in facts if f["event"] == "in_charge"}
    assert spells == {"Sporting CP": "2015-01-01", "Braga": None, "Boavista": None}


def test_worked_alongside_him_is_an_assistants_spell() -> None:
    facts = facts_of(
        "Lars Nyberg has been named Norway head coach. Erik Dahl, who worked alongside him at "
        "Celtic and Bayern, is to be his number two."
    )
    spells = {
        (f["club"], f["role"]) for f in facts if f["coach"] == "Erik Dahl" and f["event"] == "in_charge"
    }
    assert spells == {("Celtic", "assistant_coach"), ("Bayern Munich", "assistant_coach")}


def test_currently_coaching_apposition() -> None:
    keys = keys_of("Paulo Matos, currently coaching Al-Nassr in the Saudi league, was on the list too.")
    assert ("Paulo Matos", "Al-Nassr", "first_team", "in_charge") in keys


def test_names_with_extended_latin_capitals() -> None:
    keys = keys_of(
        "Borussia Dortmund have appointed Niko Kovač as head coach, eleven days after dismissing Nuri Şahin."
    )
    assert ("Nuri Şahin", "Borussia Dortmund", "first_team", "dismissed") in keys


def test_before_being_dismissed_in_month_last_year() -> None:
    facts = facts_of(
        "Sam Hewitt had nearly three years at Blackburn Rovers from 2018 to 2021, before being dismissed "
        "in March last year.",
        "2022-02-11",
    )
    sacked = next(f for f in facts if f["event"] == "dismissed")
    assert (sacked["club"], sacked["date"], sacked["date_precision"]) == (
        "Blackburn Rovers",
        "2021-03-01",
        "month",
    )


def test_assistant_joining_him() -> None:
    keys = keys_of(
        "Chile named Pablo Herrera as head coach on Monday, with former defender Iván Soto joining "
        "him as assistant."
    )
    assert ("Iván Soto", "Chile", "national", "appointed") in keys


def test_former_club_coach_who_was_sacked_by_a_descriptor() -> None:
    keys = keys_of(
        "Arsenal also held talks with former Juventus coach Marco Vento, who was sacked by the "
        "Italian champions in January, before the negotiations collapsed."
    )
    assert ("Marco Vento", "Juventus", "first_team", "dismissed") in keys
    assert ("Marco Vento", "Arsenal", "first_team", "offer") in keys
    assert ("Marco Vento", "Arsenal", "first_team", "dismissed") not in keys


def test_sentence_opening_between_is_no_name() -> None:
    facts = facts_of(
        "Leeds United sacked Adam Clarke on May 4. Between Clarke's exit and Wright's arrival, Paul Dixon "
        "took charge for two games."
    )
    assert all(not f["coach"].startswith("Between") for f in facts)


def test_spell_ends_is_a_departure() -> None:
    keys = keys_of("Erik Lindqvist's second spell in charge of Sweden's women ended as he had wished.")
    assert ("Erik Lindqvist", "Sweden", "national_women", "left") in keys


def test_gerund_departure_belongs_to_the_aside_person() -> None:
    keys = keys_of(
        "Fulham's Ben Carter leads the running, while Luis Ortega, out of work since "
        "leaving Sevilla in June, and Kevin Marsh are also in the frame."
    )
    assert ("Luis Ortega", "Sevilla", "first_team", "left") in keys
    assert ("Ben Carter", "Sevilla", "first_team", "left") not in keys


def test_federation_sticks_with_its_coach() -> None:
    keys = keys_of("Belgium will stick with Pieter Janssens despite a third straight qualifying defeat.")
    assert ("Pieter Janssens", "Belgium", "national", "in_charge") in keys


def test_shortlist_names_each_candidates_club() -> None:
    keys = keys_of(
        "Newcastle United have cut their list of head coach candidates to two, with Fulham's Pedro "
        "Lanza and Bournemouth's Tomas Ekberg under consideration."
    )
    assert ("Pedro Lanza", "Fulham", "first_team", "in_charge") in keys
    assert ("Tomas Ekberg", "AFC Bournemouth", "first_team", "in_charge") in keys


def test_new_coach_brings_a_list_of_staff() -> None:
    facts = facts_of(
        "Valencia have appointed Rubén Castro. He will bring his trusted assistant Álvaro Gil, "
        "first-team coach Marc D'Amico and goalkeeping coach Joan Ferrà along."
    )
    staff = {(f["coach"], f["role"]) for f in facts if f["event"] == "appointed" and f["club"] == "Valencia"}
    assert {
        ("Álvaro Gil", "assistant_coach"),
        ("Marc D'Amico", "assistant_coach"),
        ("Joan Ferrà", "goalkeeping_coach"),
    } <= staff


def test_who_have_joined_the_staff() -> None:
    keys = keys_of(
        "West Ham have appointed Nils Berger. Jamie Noble remains a first-team coach under the "
        "new boss, working with Owen Pratt and Luke Sands, who have joined the staff."
    )
    assert ("Owen Pratt", "West Ham United", "first_team", "appointed") in keys
    assert ("Luke Sands", "West Ham United", "first_team", "appointed") in keys


def test_breaking_line_is_dated_today() -> None:
    facts = facts_of(
        "Live updates from Stamford Bridge. Refresh for the latest. Reaction to follow. "
        "BREAKING: Chelsea have sacked Thomas Tuchel.",
        "2022-09-07",
    )
    sacked = next(f for f in facts if f["event"] == "dismissed")
    assert (sacked["date"], sacked["date_precision"]) == ("2022-09-07", "day")


def test_signed_a_new_contract_is_dated_today() -> None:
    facts = facts_of(
        "Brentford are pleased to confirm that head coach Owen Hale "
        "has signed a new long-term contract to 2028.",
        "2024-09-12",
    )
    ext = next(f for f in facts if f["event"] == "extended")
    assert (ext["date"], ext["date_precision"]) == ("2024-09-12", "day")


def test_who_signed_an_extension() -> None:
    keys = keys_of(
        "At Sevilla, coach Jorge Morales, who signed an extension until 2026 in October, is feeling the heat."
    )
    assert ("Jorge Morales", "Sevilla", "first_team", "extended") in keys


def test_left_by_mutual_consent_is_the_subject_clubs_departure() -> None:
    keys = keys_of(
        "Meanwhile, Real Sociedad have begun strongly under Paulo Reis, the former Benfica and "
        "Portugal coach who was hired in June when Carlos Vidal left by mutual consent."
    )
    assert ("Carlos Vidal", "Real Sociedad", "first_team", "left") in keys
    assert ("Carlos Vidal", "Portugal", "national", "left") not in keys


def test_club_statement_left_his_position_by_mutual_consent() -> None:
    keys = keys_of(
        "Norwich City Football Club announces that Dean Parry has left his position as Head "
        "Coach by mutual consent, effective immediately."
    )
    assert ("Dean Parry", "Norwich City", "first_team", "left") in keys


def test_who_joined_from_is_a_departure_from_there() -> None:
    keys = keys_of("Hull City have appointed Liam Rosenior, who joined from Derby County.")
    assert ("Liam Rosenior", "Derby County", "first_team", "left") in keys


def test_club_whom_he_joined_in_a_year() -> None:
    facts = facts_of("Danny Coyle departs A-League Men club Sydney FC, whom he joined in 2021.")
    joined = next(f for f in facts if f["event"] == "appointed")
    assert (joined["club"], joined["date"], joined["date_precision"]) == (
        "Sydney FC",
        "2021-01-01",
        "year",
    )
