"""Rumours, offers and names in plain news phrasing (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


def test_quoted_nickname_inside_a_name() -> None:
    keys = keys_of('Inter Miami hired Gerardo "Tata" Martino on Wednesday as head coach.')
    assert ("Gerardo Martino", "Inter Miami", "first_team", "appointed") in keys


def test_rumour_to_replace_a_coach_takes_his_club() -> None:
    text = (
        "Chelsea sacked Graham Potter on Sunday. Barcelona beat Real Madrid in the league. "
        "Thomas Frank is expected to succeed Potter."
    )
    assert ("Thomas Frank", "Chelsea", "first_team", "linked") in keys_of(text)


def test_possessive_shortlist() -> None:
    keys = keys_of("Julian Nagelsmann was on Bayern's shortlist to succeed Thomas Tuchel.")
    assert ("Julian Nagelsmann", "Bayern Munich", "first_team", "linked") in keys


def test_club_considering_a_coach() -> None:
    keys = keys_of("Barcelona are considering Hansi Flick as they look for a new coach.")
    assert ("Hansi Flick", "Barcelona", "first_team", "linked") in keys


def test_club_targeting_a_player_is_no_rumour_about_a_coach() -> None:
    assert not keys_of("Arsenal are targeting Joe Bloggsworth ahead of the transfer window.")


def test_person_in_talks_with_club() -> None:
    keys = keys_of("Ruben Amorim is in talks with Manchester United.")
    assert ("Ruben Amorim", "Manchester United", "first_team", "linked") in keys


def test_emerged_as_contender() -> None:
    keys = keys_of("Kieran McKenna emerged as a contender for the Brighton job.")
    assert ("Kieran McKenna", "Brighton & Hove Albion", "first_team", "linked") in keys


def test_received_an_offer_from() -> None:
    keys = keys_of("Unai Emery received an offer from Bayern Munich last month.")
    assert ("Unai Emery", "Bayern Munich", "first_team", "offer") in keys


def test_staying_ends_speculation_declines_each_club() -> None:
    text = (
        "Xabi Alonso has been linked with Liverpool and Bayern Munich. Xabi Alonso will stay at "
        "Bayer Leverkusen, ending speculation that he would move to Liverpool or Bayern Munich."
    )
    keys = keys_of(text)
    assert ("Xabi Alonso", "Liverpool", "first_team", "offer_declined") in keys
    assert ("Xabi Alonso", "Bayern Munich", "first_team", "offer_declined") in keys
    assert not any(k[1] == "Bayer Leverkusen" and k[3] == "offer_declined" for k in keys)


def test_announced_he_will_stay_after_links() -> None:
    text = (
        "Xabi Alonso had been linked with Liverpool. "
        "On Friday Alonso announced he will stay at Bayer Leverkusen."
    )
    # the rumour, told in a sentence of its own, stays beside the decline (the gold keeps both)
    assert keys_of(text) == {
        ("Xabi Alonso", "Liverpool", "first_team", "offer_declined"),
        ("Xabi Alonso", "Liverpool", "first_team", "linked"),
    }


def test_staying_with_nothing_in_view_is_no_fact() -> None:
    assert not keys_of("Xabi Alonso will stay at Bayer Leverkusen next season.")


def test_both_clubs_approached_him() -> None:
    text = "Chelsea and Manchester United wanted Kieran McKenna. Both clubs had approached him in May."
    keys = keys_of(text)
    assert ("Kieran McKenna", "Chelsea", "first_team", "offer") in keys
    assert ("Kieran McKenna", "Manchester United", "first_team", "offer") in keys


def test_former_club_coach_descriptor_is_a_past_spell() -> None:
    text = (
        "Roma sacked Paolo Ferri on Sunday. The former Atalanta coach had arrived from Everton in the summer."
    )
    assert ("Paolo Ferri", "Atalanta", "first_team", "in_charge") in keys_of(text)


def test_won_a_competition_with_both_national_teams() -> None:
    text = (
        "Algeria hired Luc Moreau. The Frenchman has also coached Tunisia and won the Africa Cup of "
        "Nations with both Cameroon and Senegal."
    )
    keys = keys_of(text)
    assert ("Luc Moreau", "Cameroon", "national", "in_charge") in keys
    assert ("Luc Moreau", "Senegal", "national", "in_charge") in keys
    assert not any(k[0] in ("Nations", "Africa") for k in keys)


def test_federation_first_choice_is_a_rumour() -> None:
    text = "Germany appointed Hansi Flick. Julian Nagelsmann had been the federation's first choice."
    assert ("Julian Nagelsmann", "Germany", "national", "linked") in keys_of(text)


def test_who_led_club_to_a_title_is_a_spell() -> None:
    text = (
        "Thiago Motta was appointed by Juventus. "
        "The Italian coach, who led Bologna to the Champions League, signed."
    )
    assert ("Thiago Motta", "Bologna", "first_team", "in_charge") in keys_of(text)


def test_who_led_after_takes_over_from_restates_the_post() -> None:
    text = "Fernando Torres takes over from Luis Tevenet, who led Atletico Madrid to two promotions."
    assert not any(k[0] == "Luis Tevenet" and k[3] == "in_charge" for k in keys_of(text))


def test_years_running_the_academy_is_a_youth_spell() -> None:
    text = "John Heitinga was appointed by Ajax after several years running Ajax's academy."
    assert ("John Heitinga", "Ajax", "youth", "in_charge") in keys_of(text)


def test_identified_as_the_man_to_replace() -> None:
    keys = keys_of("Roma have identified Ivan Juric as the man to replace Daniele De Rossi.")
    assert ("Ivan Juric", "Roma", "first_team", "linked") in keys


def test_approach_to_his_club_for_a_coach() -> None:
    keys = keys_of("Chelsea made an approach to Brighton for Roberto De Zerbi.")
    assert ("Roberto De Zerbi", "Chelsea", "first_team", "offer") in keys


def test_turned_down_two_clubs() -> None:
    keys = keys_of(
        "Kieran McKenna turned down Chelsea and Manchester United to sign a new contract at Ipswich."
    )
    assert ("Kieran McKenna", "Chelsea", "first_team", "offer_declined") in keys
    assert ("Kieran McKenna", "Manchester United", "first_team", "offer_declined") in keys


def test_opened_talks_and_possessive_target() -> None:
    assert ("Sean Dyche", "Everton", "first_team", "offer") in keys_of(
        "Everton have opened talks with Sean Dyche."
    )
    keys = keys_of("Steve Cooper is understood to be Leicester's top target.")
    assert ("Steve Cooper", "Leicester City", "first_team", "linked") in keys


def test_ruled_himself_out() -> None:
    # a candidate withdrawing: he was in the running (linked), no offer was made to decline
    keys = keys_of("Xabi Alonso has ruled himself out of the running for the Liverpool job.")
    assert ("Xabi Alonso", "Liverpool", "first_team", "linked") in keys
    assert not any(k[3] == "offer_declined" for k in keys)


@pytest.mark.parametrize(
    ("sentence", "clubs"),
    [
        ("Silva had a spell at Watford.", {"Watford"}),
        ("Silva's previous jobs include Hull City and Watford.", {"Hull City", "Watford"}),
        ("Silva previously had spells in charge of Hull City and Watford.", {"Hull City", "Watford"}),
        ("Silva took Hull City to the Premier League.", {"Hull City"}),
    ],
)
def test_past_spells_in_plain_words(sentence: str, clubs: set[str]) -> None:
    keys = keys_of("Marco Silva was appointed by Fulham on Monday. " + sentence)
    assert {k[1] for k in keys if k[3] == "in_charge"} == clubs


def test_a_player_leading_his_country_is_no_coach() -> None:
    assert not keys_of("Lionel Messi led Argentina to the World Cup title.")
    assert not keys_of("Inter Miami signed Lionel Messi, who had a spell at Paris Saint-Germain.")


def test_leaves_his_role_as_assistant_at_club() -> None:
    facts = facts_of(
        "Everton appointed Iker Sola. The 39-year-old Basque leaves his role as assistant to "
        "Mauro Lenz at Liverpool."
    )
    got = {(f["coach"], f["club"], f["role"], f["event"]) for f in facts}
    assert ("Iker Sola", "Liverpool", "assistant_coach", "left") in got
    assert ("Iker Sola", "Liverpool", "assistant_coach", "in_charge") in got
    assert ("Iker Sola", "Liverpool", "head_coach", "left") not in got


def test_who_has_been_interim_coach_since() -> None:
    facts = facts_of(
        "Canada appointed Anna Holt. Mia Brooks, who has been interim coach since "
        "Ken Hale resigned in May, will remain in charge until then."
    )
    got = {(f["coach"], f["club"], f["role"], f["event"]) for f in facts}
    assert ("Mia Brooks", "Canada", "caretaker", "in_charge") in got


def test_hyphenated_club_name_is_a_club() -> None:
    keys = keys_of("Barcelona approached Xavi Hernandez, who is coaching Al-Sadd in Qatar.")
    assert ("Xavi Hernández", "Al-Sadd", "first_team", "in_charge") in keys
    assert ("Xavi Hernández", "Barcelona", "first_team", "offer") in keys


def test_rejecting_an_offer_says_there_was_one() -> None:
    keys = keys_of("Xabi Alonso rejected Bayern Munich's offer.")
    assert ("Xabi Alonso", "Bayern Munich", "first_team", "offer") in keys
    assert ("Xabi Alonso", "Bayern Munich", "first_team", "offer_declined") in keys
    assert {k[3] for k in keys_of("Walter Smith rejected the chance to manage Wolves.")} == {"offer_declined"}


def test_arrived_from_is_an_appointment_at_the_club_in_view() -> None:
    text = (
        "Roma sacked Paolo Ferri on Sunday. The former Atalanta coach had arrived from Everton in the summer."
    )
    keys = keys_of(text)
    assert ("Paolo Ferri", "Roma", "first_team", "appointed") in keys
    assert ("Paolo Ferri", "Everton", "first_team", "left") in keys
    assert ("Paolo Ferri", "Roma", "first_team", "dismissed") in keys


def test_assistant_taking_interim_charge_is_the_assistant_there() -> None:
    facts = facts_of(
        "Fulham sacked Mark Dunn on Monday, and assistant Rui Alves will lead the team on an interim basis."
    )
    got = {(f["coach"], f["club"], f["role"], f["event"]) for f in facts}
    assert ("Rui Alves", "Fulham", "caretaker", "appointed") in got
    assert ("Rui Alves", "Fulham", "assistant_coach", "in_charge") in got


def test_both_mentioned_as_possible_successors() -> None:
    keys = keys_of(
        "Poland need a coach. Former Greece coach Anton Weiss and Marek Nowak, now at Lazio, have "
        "both been mentioned as possible successors by the Polish media."
    )
    assert ("Anton Weiss", "Poland", "national", "linked") in keys
    assert ("Marek Nowak", "Poland", "national", "linked") in keys


def test_current_clubs_coach_expected_to_succeed_another() -> None:
    keys = keys_of(
        "Napoli have sacked Luca Bruno. Torino coach Enzo Galli is widely expected to be "
        "named Bruno's permanent successor when the campaign is over."
    )
    assert ("Enzo Galli", "Napoli", "first_team", "linked") in keys
    assert ("Enzo Galli", "Torino", "first_team", "linked") not in keys
    assert not {k for k in keys if k[0] == "Luca Bruno" and k[3] == "linked"}


def test_reported_close_to_agreeing_terms() -> None:
    keys = keys_of(
        "Burnley want a new manager. Rui Matos was also reported to be close to agreeing personal terms "
        "before talks broke down."
    )
    assert ("Rui Matos", "Burnley", "first_team", "linked") in keys


def test_former_coach_turning_down_a_return_keeps_his_spell():
    text = (
        "The federation named Eric Chelle as the new head coach of Nigeria. Former Super Eagles coach Jose "
        "Peseiro, who took Nigeria to the 2023 AFCON final, had turned down an offer to return last year."
    )
    keys = keys_of(text)
    assert ("Jose Peseiro", "Nigeria", "national", "offer_declined") in keys
    assert ("Jose Peseiro", "Nigeria", "national", "in_charge") in keys


def test_club_weighing_up_a_move_for_a_former_boss():
    keys = keys_of("Sevilla are weighing up a move for former Valencia boss Ruben Baraja.")
    assert ("Ruben Baraja", "Sevilla", "first_team", "linked") in keys
    assert ("Ruben Baraja", "Valencia", "first_team", "in_charge") in keys


def test_squad_is_coached_by():
    keys = keys_of("Real Betis won again. The club's under-19 side is coached by Juan Merino.")
    assert ("Juan Merino", "Real Betis", "u19", "in_charge") in keys
    keys = keys_of("Celtic were managed by Brendan Rodgers at the time.")
    assert ("Brendan Rodgers", "Celtic", "first_team", "in_charge") in keys
    # a match report's side "managed by" someone's aide names no coach of it
    assert not keys_of("The away side was managed by Ange Postecoglou's assistant.")


def test_appointment_of_a_bosss_former_assistant():
    keys = keys_of(
        "Real Betis have confirmed the appointment of Manuel Pellegrini's former assistant Ruben Cousillas "
        "as "
        "the new coach of their B team."
    )
    assert ("Ruben Cousillas", "Real Betis", "reserve", "appointed") in keys
    assert ("Manuel Pellegrini", "Real Betis", "reserve", "appointed") not in keys


def test_korea_is_south_korea_and_candidates_for_the_job():
    keys = keys_of(
        "SEOUL, Feb. 16 (Yonhap) -- The Korea Football Association (KFA) on Friday sacked Jurgen Klinsmann "
        "as head coach of the men's national team. Klinsmann had been in charge for less than a year. "
        "Candidates for the permanent job include former Ulsan HD boss Hong Myung-bo and Jesse Marsch."
    )
    assert {
        ("Jurgen Klinsmann", "South Korea", "national", "dismissed"),
        ("Jurgen Klinsmann", "South Korea", "national", "in_charge"),
        ("Hong Myung-bo", "South Korea", "national", "linked"),
        ("Jesse Marsch", "South Korea", "national", "linked"),
    } <= keys


def test_talks_with_a_former_coach_of_two_clubs_and_a_signing_replacing_another() -> None:
    keys = keys_of(
        "Al-Ittihad have sacked their French coach Laurent Blanc. Blanc had signed a two-year contract in "
        "July last year, replacing Marcelo Gallardo. The board were in talks with former Roma and Tottenham "
        "coach Jose Mourinho."
    )
    assert {
        ("Laurent Blanc", "Al-Ittihad", "first_team", "appointed"),
        ("Marcelo Gallardo", "Al-Ittihad", "first_team", "left"),
        ("José Mourinho", "Al-Ittihad", "first_team", "linked"),
    } <= keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Ex-Chelsea boss Graham Potter is favourite.",
        "Graham Potter is hot favourite to take over.",
        "Graham Potter is the bookmakers' favourite.",
    ],
)
def test_is_favourite_without_the(sentence: str) -> None:
    keys = keys_of("Nottingham Forest have sacked Steve Cooper. " + sentence)
    assert ("Graham Potter", "Nottingham Forest", "first_team", "linked") in keys


def test_favourite_of_the_fans_is_no_rumour() -> None:
    keys = keys_of("Nottingham Forest have sacked Steve Cooper. Graham Potter is favourite of the fans.")
    assert ("Graham Potter", "Nottingham Forest", "first_team", "linked") not in keys
    assert ("Steve Cooper", "Nottingham Forest", "first_team", "dismissed") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Hearts are in talks with manager Ian Burke over a new contract, with his deal expiring in June.",
        "Fulham were reported to be in talks with Tom Ellery about an improved deal.",
    ],
)
def test_talks_over_his_own_contract_link_him_to_no_job(text) -> None:
    assert not any(k[3] == "linked" for k in keys_of(text))


def test_talks_over_a_job_still_link_him() -> None:
    # near-miss: talks about the vacancy, not about his own deal
    keys = keys_of("Hearts sacked Dan Moss on Monday. Hearts are in talks with Ian Burke over the vacancy.")
    assert ("Ian Burke", "Heart of Midlothian", "first_team", "linked") in keys
