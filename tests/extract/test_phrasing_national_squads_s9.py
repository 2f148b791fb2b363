"""National-team stories (session 9): a federation named as its team ("The RFEF has dismissed X"), the
national coach kept on ("will remain as national coach", "will continue as Under-21 head coach"), confirmed
("confirmed X as national coach until …"), extended ("extended Didier Deschamps' contract"), leaving ("left
his role in February"); the Olympic coach's title (the men's Olympic side, under-23); a coach naming his
players is no appointment; MLS/NWSL nicknames the press writes alone ("the Crew", "the Thorns", "the Revs").
Near misses: executives, players, the Primera RFEF, a women's story's Olympic coach, "the Spirit of 1966"."""

from __future__ import annotations

from extract_helpers import keys_of


def test_the_federations_acronym_alone_is_its_team() -> None:
    keys = keys_of("The RFEF has dismissed Luis Enrique after the World Cup exit.")
    assert ("Luis Enrique", "Spain", "national", "dismissed") in keys
    keys = keys_of("Jorge Vilda was sacked by the RFEF on Tuesday.")
    assert ("Jorge Vilda", "Spain", "national", "dismissed") in keys


def test_a_league_named_after_the_federation_is_no_team() -> None:
    keys = keys_of("Raúl Llorente coached Cultural Leonesa in the Primera RFEF for two seasons.")
    assert not {k for k in keys if k[1] == "Spain"}
    assert ("Raúl Llorente", "Cultural Leonesa", "first_team", "in_charge") in keys


def test_will_remain_as_national_coach() -> None:
    keys = keys_of("Steve Clarke will remain as national coach, the Scottish FA confirmed on Wednesday.")
    assert ("Steve Clarke", "Scotland", "national", "in_charge") in keys
    keys = keys_of("The KNVB announced that Ronald Koeman will stay on as national coach until 2026.")
    assert ("Ronald Koeman", "Netherlands", "national", "in_charge") in keys


def test_will_continue_as_an_age_groups_head_coach() -> None:
    keys = keys_of("The FAI confirmed that Jim Crawford will continue as Under-21 head coach.")
    assert ("Jim Crawford", "Republic of Ireland", "national_u21", "in_charge") in keys
    keys = keys_of("The Scottish FA said Ricky Sbragia would remain as U-21 manager until the summer.")
    assert ("Ricky Sbragia", "Scotland", "national_u21", "in_charge") in keys
    assert ("Ricky Sbragia", "Scotland", "national", "in_charge") not in keys


def test_remain_as_national_team_captain_is_no_post() -> None:
    keys = keys_of("The FAI confirmed that Seamus Coleman will remain as national team captain.")
    assert not keys


def test_confirmed_as_national_coach() -> None:
    keys = keys_of(
        "The DFB confirmed Julian Nagelsmann as national coach until the end of the European Championship."
    )
    assert ("Julian Nagelsmann", "Germany", "national", "appointed") in keys
    keys = keys_of("The FAI confirmed Heimir Hallgrimsson as national coach on Thursday.")
    assert ("Heimir Hallgrimsson", "Republic of Ireland", "national", "appointed") in keys


def test_confirmed_as_a_board_post_stays_out() -> None:
    assert not keys_of("The FAI confirmed Marc Canham as its new director of football.")
    assert not keys_of("The DFB named Rudi Völler as sporting director of the national team.")


def test_extended_a_contract_after_a_bare_apostrophe() -> None:
    keys = keys_of("The FFF has extended Didier Deschamps' contract until 2026.")
    assert ("Didier Deschamps", "France", "national", "extended") in keys
    keys = keys_of("Hearts have extended Steven Pressley's contract until 2026.")
    assert ("Steven Pressley", "Heart of Midlothian", "first_team", "extended") in keys


def test_left_his_role() -> None:
    keys = keys_of("Scotland Under-21 manager Ricky Sbragia left his role in February after seven years.")
    assert ("Ricky Sbragia", "Scotland", "national_u21", "left") in keys
    keys = keys_of("Hearts manager Robbie Neilson has left his post, the club said.")
    assert ("Robbie Neilson", "Heart of Midlothian", "first_team", "left") in keys


def test_left_his_role_as_an_executive_or_captain_is_no_coaching_fact() -> None:
    assert not keys_of("Hearts sporting director Joe Savage left his role in February.")
    assert not keys_of("Hearts striker Lawrence Shankland left his role as captain in May.")


def test_a_coach_naming_players_is_not_appointed() -> None:
    keys = keys_of(
        "Italy U21 coach Carmine Nunziata named 23 players for the matches against Latvia and Turkey."
    )
    assert ("Carmine Nunziata", "Italy", "national_u21", "in_charge") in keys
    assert not {k for k in keys if k[3] == "appointed"}
    keys = keys_of("Gareth Southgate named three uncapped players in his England squad on Thursday.")
    assert not {k for k in keys if k[3] == "appointed"}
    keys = keys_of("Portugal Under-21 coach Rui Jorge named seven new faces on Friday.")
    assert not {k for k in keys if k[3] == "appointed"}


def test_named_as_coach_still_appoints() -> None:
    keys = keys_of("Chelsea named Enzo Maresca as their head coach on Monday.")
    assert ("Enzo Maresca", "Chelsea", "first_team", "appointed") in keys
    keys = keys_of("Wales have named two coaches: Matt Jones was named Under-21 manager.")
    assert ("Matt Jones", "Wales", "national_u21", "appointed") in keys


def test_olympic_coach_title_is_the_under_23_side() -> None:
    keys = keys_of("Spain's Olympic coach Santi Denia will take 18 players to Paris.")
    assert ("Santi Denia", "Spain", "national_u23", "in_charge") in keys
    keys = keys_of("Brazil have confirmed Ramon Menezes as their Olympic coach after the CBF meeting.")
    assert ("Ramon Menezes", "Brazil", "national_u23", "appointed") in keys
    assert ("Ramon Menezes", "Brazil", "national", "appointed") not in keys


def test_a_womens_storys_olympic_coach_is_not_the_under_23s() -> None:
    keys = keys_of(
        "The women's national team's Olympic coach Emma Hayes named her squad for the United States."
    )
    assert not {k for k in keys if k[2] == "national_u23"}
    # "her squad": the coach is a woman, so the country's team she names a squad for is its women's team
    assert ("Emma Hayes", "United States", "national_women", "in_charge") in keys


def test_the_crew_and_the_thorns_alone() -> None:
    keys = keys_of(
        "The Crew have named Wilfried Nancy as their new head coach. Nancy previously led CF Montréal."
    )
    assert ("Wilfried Nancy", "Columbus Crew", "first_team", "appointed") in keys
    assert ("Wilfried Nancy", "CF Montréal", "first_team", "appointed") not in keys
    keys = keys_of("On Tuesday the Thorns fired head coach Mike Norris after one season.")
    assert ("Mike Norris", "Portland Thorns", "women", "dismissed") in keys
    keys = keys_of("The Revs have named Caleb Porter as head coach.")
    assert ("Caleb Porter", "New England Revolution", "first_team", "appointed") in keys


def test_the_spirit_of_a_year_is_no_club() -> None:
    keys = keys_of("The Spirit of 1966 lives on, said England manager Gareth Southgate.")
    assert not {k for k in keys if k[1] == "Washington Spirit"}
    assert ("Gareth Southgate", "England", "national", "in_charge") in keys
