"""Stand-ins told in progress, renewals of several men and the player's renewal that is no coaching
fact (sentences of our own)."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def test_a_stand_in_leading_the_team_now_is_in_charge() -> None:
    for sentence in (
        "Serdar Topraktepe is leading the team on an interim basis.",
        "Since then Serdar Topraktepe was leading the team as interim coach.",
        "Serdar Topraktepe, the assistant, has been coaching the side since October.",
    ):
        keys = keys_of("Besiktas have sacked Giovanni van Bronckhorst. " + sentence)
        assert ("Serdar Topraktepe", "Beşiktaş", "first_team", "in_charge") in keys, sentence


def test_leading_the_line_or_the_scoring_is_no_spell() -> None:
    keys = keys_of("Chelsea won again. Cole Palmer was leading the line superbly against Brighton.")
    assert not keys
    keys = keys_of("Harry Kane was leading the team in scoring. Ange Postecoglou is the coach of Tottenham.")
    assert not any(k[0] == "Harry Kane" for k in keys)


def test_a_caretaker_told_by_as_caretaker_alone_is_a_coach() -> None:
    facts = facts_of(
        "Denmark have appointed Brian Riemer. Assistant Lars Knudsen has led the team as caretaker "
        "since September."
    )
    assert any(f["coach"] == "Lars Knudsen" and f["event"] == "in_charge" for f in facts)


def test_new_contracts_of_a_manager_and_his_assistant_are_two_extensions() -> None:
    keys = keys_of(
        "Barnsley manager Dan Holt and his assistant Rory Quinn have signed new long-term "
        "contracts at Oakwell."
    )
    assert ("Dan Holt", "Barnsley", "first_team", "extended") in keys
    assert ("Rory Quinn", "Barnsley", "first_team", "extended") in keys


def test_players_signing_new_contracts_get_no_fact() -> None:
    assert not keys_of("Arsenal are happy. Bukayo Saka has signed a new contract at Arsenal.")
    assert not keys_of(
        "Arsenal are happy. Bukayo Saka and Gabriel Martinelli have signed new contracts at Arsenal."
    )


def test_a_coach_signing_a_new_contract_is_extended() -> None:
    keys = keys_of("Ipswich manager Kieran McKenna has signed a new four-year contract with the club.")
    assert ("Kieran McKenna", "Ipswich Town", "first_team", "extended") in keys


def test_an_inverted_condition_is_no_sacking() -> None:
    keys = keys_of(
        "Cardiff are struggling. Owen Hart has been added to the list of candidates at "
        "Cardiff City should Mark Bellamy be sacked."
    )
    assert not any(k[3] == "dismissed" for k in keys)


def test_hired_with_a_former_clubs_title_to_replace_y() -> None:
    keys = keys_of(
        "WOLFSBURG, Germany (AP) — VfL Wolfsburg hired former Chelsea manager Bruno Keller "
        "on Thursday to replace Leo Hartmann, who is off to Liverpool."
    )
    assert ("Leo Hartmann", "VfL Wolfsburg", "first_team", "left") in keys
    assert ("Bruno Keller", "VfL Wolfsburg", "first_team", "appointed") in keys


def test_a_former_clubs_assistant_in_apposition_had_a_spell_there() -> None:
    keys = keys_of(
        "Derry City have appointed Tiernan Lynch to replace Ruaidhri Higgins. Higgins, a former Dundalk "
        "assistant, said he was leaving."
    )
    assert ("Ruaidhri Higgins", "Dundalk", "first_team", "in_charge") in keys
    keys = keys_of("Chelsea signed Joao Felix. Felix, a former Atletico assistant captain, was happy.")
    assert not keys


def test_an_aide_brought_with_his_old_post_in_apposition_joins_the_new_club() -> None:
    keys = keys_of(
        "St Mirren have named Alan Currie. Currie brings Gary Moffat, his assistant at "
        "Dundee, as his number two."
    )
    assert ("Gary Moffat", "St Mirren", "first_team", "appointed") in keys


def test_a_club_letting_its_coach_go_dismissed_him() -> None:
    keys = keys_of(
        "Getafe have appointed Ivan Soler. Soler has been out of work since Sevilla let him go in March."
    )
    assert ("Ivan Soler", "Sevilla", "first_team", "dismissed") in keys
    keys = keys_of("Inter first approached Como for Cesc Fabregas, but Como refused to let their coach go.")
    assert not any(k[3] == "dismissed" for k in keys)


def test_a_counted_spell_with_a_national_team_is_in_charge() -> None:
    keys = keys_of(
        "Bolivia have appointed Hugo Ferro. Ferro is best remembered for his six years with Ecuador "
        "from 2010, which took the country to the 2014 World Cup."
    )
    assert ("Hugo Ferro", "Ecuador", "national", "in_charge") in keys


def test_a_players_years_at_a_club_need_him_shown_coaching() -> None:
    keys = keys_of("Arsenal have sold Granit Xhaka. He is remembered for his seven years with Arsenal.")
    assert not keys


def test_replace_him_with_a_titled_man_is_the_clubs_choice() -> None:
    keys = keys_of(
        "Parma have sacked Luca Monti. The Ducali are set to replace him with Chelsea assistant Diego Salas."
    )
    assert ("Diego Salas", "Parma", "first_team", "linked") in keys
    assert ("Diego Salas", "Chelsea", "first_team", "in_charge") in keys


def test_added_to_the_list_of_candidates_is_linked() -> None:
    for sentence in (
        "Ruud van Nistelrooy has been added to the shortlist.",
        "Ruud van Nistelrooy has been added to the list of candidates.",
        "Ruud van Nistelrooy is on the list of candidates.",
    ):
        keys = keys_of("Leicester City are looking for a manager. " + sentence)
        assert ("Ruud van Nistelrooy", "Leicester City", "first_team", "linked") in keys, sentence


def test_a_career_list_goes_on_after_a_who_clause_on_an_item() -> None:
    keys = keys_of(
        "Zambia have appointed Ben Mokoena. Before that he coached AmaZulu, who sacked him in 2019, and "
        "Cape Town City."
    )
    assert ("Ben Mokoena", "AmaZulu FC", "first_team", "dismissed") in keys
    assert ("Ben Mokoena", "Cape Town City FC", "first_team", "in_charge") in keys


def test_walking_out_on_a_club_is_a_resignation() -> None:
    keys = keys_of("Lazio have appointed Paolo Sarti. Ivan Kovac walked out on Lazio in the summer.")
    assert ("Ivan Kovac", "Lazio", "first_team", "resigned") in keys
    keys = keys_of("Lazio have appointed Paolo Sarti. Kovac's players walked out of the training session.")
    assert not any(k[3] == "resigned" for k in keys)


def test_a_contract_that_ended_is_a_departure() -> None:
    keys = keys_of(
        "Iraq have appointed Zoran Petrovic. Petrovic, whose contract with Bahrain ended after the Gulf "
        "Cup in December, spent five years in charge of the Bahraini side."
    )
    assert ("Zoran Petrovic", "Bahrain", "national", "left") in keys
    assert ("Zoran Petrovic", "Bahrain", "national", "in_charge") in keys


def test_a_who_clause_after_the_replaced_mans_club_is_his_sacking() -> None:
    keys = keys_of(
        "Tottenham have appointed Erik Sand. He replaces Paul Ridley at Spurs, who was sacked nine "
        "days after lifting the FA Cup."
    )
    assert ("Paul Ridley", "Tottenham Hotspur", "first_team", "dismissed") in keys


def test_a_stand_in_returning_to_the_youth_teams_was_the_senior_teams_caretaker() -> None:
    keys = keys_of(
        "Peru have appointed Raul Medina. Under-20 coach Luis Arana took temporary charge for "
        "the March friendlies and will now go back to the youth teams."
    )
    assert ("Luis Arana", "Peru", "national", "appointed") in keys
    assert not any(k[0] == "Luis Arana" and k[2] == "national_youth" for k in keys)


def test_his_first_spell_in_charge_is_a_spell_at_the_club_in_view() -> None:
    keys = keys_of(
        "Racing Club have appointed Diego Suarez. Suarez won nine trophies during his first spell in "
        "charge, from 2011 to 2016."
    )
    assert ("Diego Suarez", "Racing Club", "first_team", "in_charge") in keys


def test_a_youth_title_won_with_a_country_is_its_youth_teams_spell() -> None:
    keys = keys_of(
        "Schalke have appointed Tom Berger. He had previously won the European Under-21 "
        "Championship with Germany."
    )
    assert ("Tom Berger", "Germany", "national_u21", "in_charge") in keys


def test_an_aide_best_known_as_a_coachs_assistant_had_spells_at_both_clubs() -> None:
    keys = keys_of(
        "Elche have appointed Eder Sarabia. He is best known as Quique Setien's assistant at Barcelona and "
        "Real Betis."
    )
    assert ("Eder Sarabia", "Barcelona", "first_team", "in_charge") in keys
    assert ("Eder Sarabia", "Real Betis", "first_team", "in_charge") in keys


def test_an_owner_is_nobody_the_next_he_can_mean() -> None:
    keys = keys_of(
        "Elche have appointed Eder Sarabia. The club he leaves is owned by former Barcelona defender Gerard "
        "Pique. He is best known as Quique Setien's assistant at Barcelona."
    )
    assert not any(k[0] == "Gerard Pique" for k in keys)
    assert ("Eder Sarabia", "Barcelona", "first_team", "in_charge") in keys


def test_a_country_whose_name_is_a_given_name_before_its_national_team() -> None:
    keys = keys_of(
        "Egypt have appointed Karim Fathy. He has managed Ismaily, Al-Masry and Ittihad of Alexandria, "
        "and had a short spell in charge of Jordan's national team."
    )
    assert ("Karim Fathy", "Jordan", "national", "in_charge") in keys
    assert ("Karim Fathy", "Ittihad Alexandria", "first_team", "in_charge") in keys
    keys = keys_of("Liverpool have sold Jordan Henderson. Jordan Henderson's national team career is over.")
    assert not any(k[1] == "Jordan" for k in keys)


def test_a_club_turning_to_x_to_replace_y_made_its_choice() -> None:
    keys = keys_of("Everton have turned to Sean Dyche to replace Frank Lampard.")
    assert ("Sean Dyche", "Everton", "first_team", "appointed") in keys
    assert ("Frank Lampard", "Everton", "first_team", "left") in keys
    keys = keys_of("Everton are expected to turn to Sean Dyche to replace Frank Lampard.")
    assert ("Sean Dyche", "Everton", "first_team", "linked") in keys


def test_calling_time_on_his_spell_is_a_resignation() -> None:
    keys = keys_of("Steve Bruce has called time on his spell at Newcastle.")
    assert ("Steve Bruce", "Newcastle United", "first_team", "resigned") in keys
    keys = keys_of("Newcastle have appointed Eddie Howe. Jamie Vardy has called time on his playing career.")
    assert not any(k[0] == "Jamie Vardy" for k in keys)


def test_the_boss_a_coach_served_under_is_at_the_club_he_left() -> None:
    keys = keys_of(
        "Zambia have appointed Ben Mokoena. Mokoena left Aston Villa in June after three seasons "
        "as a first-team coach under Dean Hart."
    )
    assert ("Dean Hart", "Aston Villa", "first_team", "in_charge") in keys
    assert not any(k[0] == "Dean Hart" and k[1] == "Zambia" for k in keys)


def test_an_executives_own_past_coaching_posts_count() -> None:
    keys = keys_of(
        "Hamburg have appointed Jonas Kraft. Sporting director Rolf Amsel, a former coach of Greece and "
        "of Germany's Under-21s, said Kraft was ready."
    )
    assert ("Rolf Amsel", "Greece", "national", "in_charge") in keys
    assert ("Rolf Amsel", "Germany", "national_u21", "in_charge") in keys
    assert not keys_of(
        "Hamburg have appointed Jonas Kraft. Sporting director Rolf Amsel said he was ready."
    ) & {("Rolf Amsel", "Hamburger SV", "first_team", "appointed")}


def test_an_aide_returning_with_his_boss_is_appointed_with_him() -> None:
    keys = keys_of(
        "River Plate have appointed Marcelo Gallardo. His long-time assistant Matias Biscay returns with him."
    )
    assert ("Matias Biscay", "River Plate", "first_team", "appointed") in keys
    keys = keys_of(
        "Kenya have appointed Benni McCarthy. McCarthy arrives with Vasili Manousakis as his assistant."
    )
    assert not any(k[0] == "Benni McCarthy" and k[3] == "appointed" and k[1] != "Kenya" for k in keys)
    keys = keys_of("Osasuna have appointed Vicente Moreno. Moreno comes with his habitual work team.")
    assert keys == {("Vicente Moreno", "Osasuna", "first_team", "appointed")}


def test_an_aides_deal_also_extended_is_his_extension() -> None:
    keys = keys_of(
        "Slovakia have extended Marco Conti's contract. The 61-year-old Italian signed the new terms "
        "together with his assistant Pietro Gallo, whose deal was also extended."
    )
    assert ("Pietro Gallo", "Slovakia", "national", "extended") in keys
