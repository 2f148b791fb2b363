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
        "Chelsea have narrowed their search for a new head coach to three names, with Ipswich's Kieran "
        "McKenna, Leicester's Enzo Maresca and Brentford boss Thomas Frank all under consideration."
    )
    for name in ("Kieran McKenna", "Enzo Maresca", "Thomas Frank"):
        assert (name, "Chelsea", "first_team", "linked") in keys


def test_talks_with_another_clubs_boss() -> None:
    keys = keys_of(
        "Bayern Munich have held talks with Burnley boss Vincent Kompany over their vacant head coach role."
    )
    # talks held: the club has approached him, an offer
    assert ("Vincent Kompany", "Bayern Munich", "first_team", "offer") in keys


def test_expected_to_leave_for_a_club() -> None:
    keys = keys_of("Luis Carrión is widely expected to leave for Las Palmas this summer.")
    assert ("Luis Carrión", "Las Palmas", "first_team", "linked") in keys


def test_round_up_names_each_team_by_its_coach() -> None:
    keys = keys_of(
        "Fabio Pecchia's Parma had already wrapped up the title, while Giovanni Stroppa's Cremonese and "
        "Paolo Vanoli's Venezia head the list."
    )
    assert ("Fabio Pecchia", "Parma", "first_team", "in_charge") in keys
    assert ("Paolo Vanoli", "Venezia", "first_team", "in_charge") in keys


def test_a_lone_possessive_club_needs_the_person_to_be_a_coach() -> None:
    assert not keys_of("Lionel Messi's Inter Miami won again.")


def test_leaves_a_club_described_by_its_league() -> None:
    keys = keys_of("Tony Popovic leaves A-League Men club Melbourne Victory.")
    assert ("Tony Popovic", "Melbourne Victory", "first_team", "left") in keys


def test_list_of_spells_across_a_date_range() -> None:
    facts = facts_of(
        "Chelsea have appointed Mauricio Pochettino. Pochettino has been out of work since leaving "
        "Paris Saint-Germain in July 2022, having also managed Tottenham from 2014 to 2019, "
        "Southampton and Espanyol."
    )
    spells = {f["club"]: f["date"] for f in facts if f["event"] == "in_charge"}
    assert spells == {"Tottenham Hotspur": "2014-01-01", "Southampton": None, "Espanyol": None}


def test_worked_alongside_him_is_an_assistants_spell() -> None:
    facts = facts_of(
        "Thomas Tuchel has been named England head coach. Anthony Barry, who worked alongside him at "
        "Chelsea and Bayern, will be his assistant."
    )
    spells = {
        (f["club"], f["role"]) for f in facts if f["coach"] == "Anthony Barry" and f["event"] == "in_charge"
    }
    assert spells == {("Chelsea", "assistant_coach"), ("Bayern Munich", "assistant_coach")}


def test_currently_coaching_apposition() -> None:
    keys = keys_of("Stefano Pioli, currently coaching Al-Nassr in Saudi Arabia, was also considered.")
    assert ("Stefano Pioli", "Al-Nassr", "first_team", "in_charge") in keys


def test_names_with_extended_latin_capitals() -> None:
    keys = keys_of(
        "Borussia Dortmund have appointed Niko Kovač as head coach, eleven days after dismissing Nuri Şahin."
    )
    assert ("Nuri Şahin", "Borussia Dortmund", "first_team", "dismissed") in keys


def test_before_being_dismissed_in_month_last_year() -> None:
    facts = facts_of(
        "Alex Neil spent almost four years at Preston North End from 2017 to 2021, before being dismissed "
        "in March last year.",
        "2022-02-11",
    )
    sacked = next(f for f in facts if f["event"] == "dismissed")
    assert (sacked["club"], sacked["date"], sacked["date_precision"]) == (
        "Preston North End",
        "2021-03-01",
        "month",
    )


def test_assistant_joining_him() -> None:
    keys = keys_of(
        "Mexico named Javier Aguirre as head coach on Thursday, with former captain Rafael Márquez joining "
        "him as assistant."
    )
    assert ("Rafael Márquez", "Mexico", "national", "appointed") in keys


def test_former_club_coach_who_was_sacked_by_a_descriptor() -> None:
    keys = keys_of(
        "Chelsea also held talks with former Bayern Munich coach Julian Nagelsmann, who was sacked by the "
        "German champions in March, before those discussions broke down."
    )
    assert ("Julian Nagelsmann", "Bayern Munich", "first_team", "dismissed") in keys
    assert ("Julian Nagelsmann", "Chelsea", "first_team", "offer") in keys
    assert ("Julian Nagelsmann", "Chelsea", "first_team", "dismissed") not in keys


def test_sentence_opening_between_is_no_name() -> None:
    facts = facts_of(
        "Chelsea sacked Graham Potter on April 2. Between Potter's exit and Lampard's arrival, Bruno Saltor "
        "took charge for one game."
    )
    assert all(not f["coach"].startswith("Between") for f in facts)


def test_spell_ends_is_a_departure() -> None:
    keys = keys_of("Horst Hrubesch's second spell in charge of Germany's women ended the way he had hoped.")
    assert ("Horst Hrubesch", "Germany", "national_women", "left") in keys


def test_gerund_departure_belongs_to_the_aside_person() -> None:
    keys = keys_of(
        "Brighton's Graham Potter is the early favourite, while Mauricio Pochettino, out of work since "
        "leaving Paris Saint-Germain in July, and Zinedine Zidane are also being mentioned."
    )
    assert ("Mauricio Pochettino", "Paris Saint-Germain", "first_team", "left") in keys
    assert ("Graham Potter", "Paris Saint-Germain", "first_team", "left") not in keys


def test_federation_sticks_with_its_coach() -> None:
    keys = keys_of("Germany will stick with Hansi Flick despite a second successive group-stage exit.")
    assert ("Hansi Flick", "Germany", "national", "in_charge") in keys


def test_shortlist_names_each_candidates_club() -> None:
    keys = keys_of(
        "Chelsea have narrowed their search for a new head coach to three names, with Ipswich's Kieran "
        "McKenna and Leicester's Enzo Maresca under consideration."
    )
    assert ("Kieran McKenna", "Ipswich Town", "first_team", "in_charge") in keys
    assert ("Enzo Maresca", "Leicester City", "first_team", "in_charge") in keys


def test_new_coach_brings_a_list_of_staff() -> None:
    facts = facts_of(
        "Chelsea have appointed Mauricio Pochettino. He will bring his long-time assistant Jesús Pérez, "
        "first-team coach Miguel D'Agostino and goalkeeping coach Toni Jiménez with him."
    )
    staff = {(f["coach"], f["role"]) for f in facts if f["event"] == "appointed" and f["club"] == "Chelsea"}
    assert {
        ("Jesús Pérez", "assistant_coach"),
        ("Miguel D'Agostino", "assistant_coach"),
        ("Toni Jiménez", "goalkeeping_coach"),
    } <= staff


def test_who_have_joined_the_staff() -> None:
    keys = keys_of(
        "Tottenham have appointed Ange Postecoglou. Ryan Mason will stay on as a first-team coach under the "
        "new manager, alongside Chris Davies and Matt Wells, who have joined the staff."
    )
    assert ("Chris Davies", "Tottenham Hotspur", "first_team", "appointed") in keys
    assert ("Matt Wells", "Tottenham Hotspur", "first_team", "appointed") in keys


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
        "Arsenal can confirm that Mikel Arteta has signed a new long-term contract with the club.",
        "2024-09-12",
    )
    ext = next(f for f in facts if f["event"] == "extended")
    assert (ext["date"], ext["date_precision"]) == ("2024-09-12", "day")


def test_who_signed_an_extension() -> None:
    keys = keys_of(
        "At Al-Ettifaq, Steven Gerrard, who signed an extension until 2027 in January, is under pressure."
    )
    assert ("Steven Gerrard", "Al-Ettifaq", "first_team", "extended") in keys


def test_left_by_mutual_consent_is_the_subject_clubs_departure() -> None:
    keys = keys_of(
        "Elsewhere, Al-Ittihad have started well under Laurent Blanc, the former Paris Saint-Germain and "
        "France coach who was appointed in July when Marcelo Gallardo left by mutual consent."
    )
    assert ("Marcelo Gallardo", "Al-Ittihad", "first_team", "left") in keys
    assert ("Marcelo Gallardo", "France", "national", "left") not in keys


def test_club_statement_left_his_position_by_mutual_consent() -> None:
    keys = keys_of(
        "Leicester City Football Club can confirm that Brendan Rodgers has left his position as First Team "
        "Manager by mutual consent."
    )
    assert ("Brendan Rodgers", "Leicester City", "first_team", "left") in keys


def test_who_joined_from_is_a_departure_from_there() -> None:
    keys = keys_of("Hull City have appointed Liam Rosenior, who joined from Derby County.")
    assert ("Liam Rosenior", "Derby County", "first_team", "left") in keys


def test_club_whom_he_joined_in_a_year() -> None:
    facts = facts_of("Tony Popovic leaves A-League Men club Melbourne Victory, whom he joined in 2023.")
    joined = next(f for f in facts if f["event"] == "appointed")
    assert (joined["club"], joined["date"], joined["date_precision"]) == (
        "Melbourne Victory",
        "2023-01-01",
        "year",
    )
