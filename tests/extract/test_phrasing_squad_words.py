"""Which squad a fact is about, as news writes it: the post named after an appointment ("as head coach
of the club's women's side", "as their women's team manager", "to lead the second team", "as Castilla
coach"), a country's age group named by its demonym ("the Danish Under-21s"), "the national U-23 team",
the Olympic team, the Elite Development Squad; and the near misses that must keep the first team."""

from __future__ import annotations

from extract_helpers import keys_of


def test_appointed_as_head_coach_of_the_clubs_womens_side() -> None:
    keys = keys_of("Chelsea have appointed Sonia Bompastor as head coach of the club's women's side.")
    assert ("Sonia Bompastor", "Chelsea", "women", "appointed") in keys
    keys = keys_of("Everton have named Brian Sorensen as manager of the Merseyside club's women's team.")
    assert ("Brian Sorensen", "Everton", "women", "appointed") in keys


def test_appointed_as_their_womens_team_manager() -> None:
    keys = keys_of("Arsenal have appointed Jonas Eidevall as their women's team manager.")
    assert ("Jonas Eidevall", "Arsenal", "women", "appointed") in keys
    keys = keys_of("Juventus named Massimiliano Canzi as their new women's coach on Friday.")
    assert ("Massimiliano Canzi", "Juventus", "women", "appointed") in keys


def test_appointed_to_lead_the_second_team() -> None:
    keys = keys_of("Bayern Munich have appointed Holger Seitz to lead the second team.")
    assert ("Holger Seitz", "Bayern Munich", "reserve", "appointed") in keys
    keys = keys_of("Villarreal have hired Miguel Angel Tena to coach the under-19 side.")
    assert ("Miguel Angel Tena", "Villarreal", "u19", "appointed") in keys


def test_appointed_as_coach_of_the_clubs_reserve_named_by_its_own_name() -> None:
    keys = keys_of("Valencia have named Miguel Angel Angulo as coach of Valencia Mestalla.")
    assert ("Miguel Angel Angulo", "Valencia", "reserve", "appointed") in keys
    assert ("Miguel Angel Angulo", "Valencia", "first_team", "appointed") not in keys
    keys = keys_of("Real Madrid have appointed Alvaro Arbeloa as Castilla coach.")
    assert ("Alvaro Arbeloa", "Real Madrid", "reserve", "appointed") in keys
    assert ("Alvaro Arbeloa", "Real Madrid", "first_team", "appointed") not in keys


def test_appointed_as_coach_of_another_club_keeps_the_named_club() -> None:
    # the post after 'as coach of' names another club: not a squad of the subject's club
    keys = keys_of("Ajax have appointed Francesco Farioli as coach of the first team.")
    assert ("Francesco Farioli", "Ajax", "first_team", "appointed") in keys


def test_will_coach_the_clubs_under_19_team_and_the_first_team_stays() -> None:
    text = (
        "Sevilla announced that Jesus Galvan will coach the club's Under-19 team, with Jose Luis Oltra "
        "staying in charge of the first team."
    )
    keys = keys_of(text)
    assert ("Jesus Galvan", "Sevilla", "u19", "appointed") in keys
    assert ("Jose Luis Oltra", "Sevilla", "first_team", "in_charge") in keys
    assert not {k for k in keys if k[0] == "Jose Luis Oltra" and k[2] == "youth"}


def test_remaining_in_charge_of_the_senior_side_is_not_a_youth_spell() -> None:
    text = (
        "Girona confirmed Michel will remain in charge of the first team, with Pablo Martinez running the "
        "academy."
    )
    keys = keys_of(text)
    assert not {k for k in keys if k[0] == "Michel" and k[2] == "youth"}


def test_youth_coach_leading_the_senior_team_as_interim_is_a_caretaker_appointment() -> None:
    text = (
        "Japan sacked Hajime Moriyasu in February. Under-23 coach Go Oiwa led the senior team as interim "
        "boss for the qualifiers."
    )
    keys = keys_of(text)
    assert ("Go Oiwa", "Japan", "national", "appointed") in keys
    assert ("Go Oiwa", "Japan", "national", "in_charge") not in keys


def test_demonym_names_the_country_of_an_age_group() -> None:
    keys = keys_of("Brian Priske was named coach of the Danish Under-21s in 2014.")
    assert ("Brian Priske", "Denmark", "national_u21", "appointed") in keys
    keys = keys_of("Bernard Diomede has been appointed coach of the French U-19 team.")
    assert ("Bernard Diomede", "France", "national_u19", "appointed") in keys
    keys = keys_of("Ramon Menezes will take charge of the Brazilian Olympic team, the CBF said.")
    assert ("Ramon Menezes", "Brazil", "national_u23", "appointed") in keys


def test_demonym_age_group_after_a_club_spell_keeps_the_club_apart() -> None:
    text = (
        "Brian Priske was named coach of the Danish Under-21s in 2014, after coaching the youth teams at "
        "FC Midtjylland."
    )
    keys = keys_of(text)
    assert ("Brian Priske", "Denmark", "national_u21", "appointed") in keys
    assert ("Brian Priske", "FC Midtjylland", "u21", "appointed") not in keys


def test_a_countrys_olympic_team() -> None:
    keys = keys_of("Thierry Henry was named coach of France's Olympic team in August 2023.")
    assert ("Thierry Henry", "France", "national_u23", "appointed") in keys
    keys = keys_of("Spain have appointed Santi Denia as coach of their Olympic side.")
    assert ("Santi Denia", "Spain", "national_u23", "appointed") in keys


def test_the_national_u23_team() -> None:
    keys = keys_of("Indonesia confirmed Shin Tae-yong will coach the national U-23 team at the Asian Cup.")
    assert ("Shin Tae-yong", "Indonesia", "national_u23", "appointed") in keys
    keys = keys_of("Vietnam have named Hoang Anh Tuan coach of the national under-23 side.")
    assert ("Hoang Anh Tuan", "Vietnam", "national_u23", "appointed") in keys


def test_the_elite_development_squad_is_the_under_23s() -> None:
    text = "Everton have promoted David Unsworth, who led the Elite Development Squad for several years."
    assert ("David Unsworth", "Everton", "u23", "in_charge") in keys_of(text)
    text = "Neil Critchley guided Liverpool's Elite Development Squad to the Premier League 2 final."
    assert ("Neil Critchley", "Liverpool", "u23", "in_charge") in keys_of(text)


def test_a_named_boys_squad_in_a_womens_story_stays_the_clubs_own() -> None:
    text = (
        "Manchester City have named Lena Holm the new head coach of their women's team, it "
        "was announced on Monday. Holm succeeds Ryan Cole, who was sacked in April. Cole, "
        "who was promoted from City's Elite Development Squad in 2019, lifted the League Cup."
    )
    keys = keys_of(text)
    assert ("Ryan Cole", "Manchester City", "u23", "in_charge") in keys
    assert ("Ryan Cole", "Manchester City", "women", "dismissed") in keys
    assert not {k for k in keys if k[2] == "women_u23"}


def test_primavera_spell_with_a_club() -> None:
    keys = keys_of("Alberto Aquilani, who coached Fiorentina's Primavera, has been appointed by Pisa.")
    assert ("Alberto Aquilani", "Fiorentina", "u19", "in_charge") in keys
    assert ("Alberto Aquilani", "Pisa", "first_team", "appointed") in keys


def test_a_players_or_directors_move_takes_no_squad_post() -> None:
    keys = keys_of("Chelsea have signed midfielder Erin Cuthbert to a new deal with the club's women's side.")
    assert not keys
    keys = keys_of("Arsenal have appointed Clare Wheatley as their women's team director.")
    assert not {k for k in keys if k[0] == "Clare Wheatley" and k[3] == "appointed"}


def test_a_countrys_womens_age_group() -> None:
    keys = keys_of("Niamh Byrne is the new head coach of the Northern Ireland women's under-19 side.")
    assert ("Niamh Byrne", "Northern Ireland", "national_women_u19", "appointed") in keys
    keys = keys_of("Scotland have named Pauline Hamill coach of their women's U-17s.")
    assert ("Pauline Hamill", "Scotland", "national_women_u17", "appointed") in keys


def test_sacked_coach_titled_by_a_youth_teams_nickname() -> None:
    keys = keys_of("Nigeria have sacked Flying Eagles coach Ladan Bosso.")
    assert ("Ladan Bosso", "Nigeria", "national_u20", "dismissed") in keys
    assert ("Ladan Bosso", "Nigeria", "national", "dismissed") not in keys


def test_the_mens_team_in_a_womens_story() -> None:
    text = (
        "Bev Priestman was sacked as head coach of Canada's women's team. Jesse Marsch remains in charge "
        "of the men's team."
    )
    keys = keys_of(text)
    assert ("Bev Priestman", "Canada", "national_women", "dismissed") in keys
    assert ("Jesse Marsch", "Canada", "national", "in_charge") in keys


def test_mens_and_womens_national_teams_are_two_posts() -> None:
    text = "Ken Ward, who coached Australia's men's and women's national teams, was unveiled by Perth Glory."
    keys = keys_of(text)
    assert ("Ken Ward", "Australia", "national", "in_charge") in keys
    assert ("Ken Ward", "Australia", "national_women", "in_charge") in keys
