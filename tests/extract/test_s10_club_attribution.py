"""Which club a coach's fact goes to when a career is told in a list or by a nickname: 'the selections of
A and of B' (translated 'las selecciones de'), 'ex-coach of A and of B' without an article, a national
team's nickname with its country ('the Cranes of Uganda'), 'had short periods at A and B', titles won
with one club and then another with the verb understood ('won League Two with A and League One with B');
and a club named in a former post's title ('X, the former C coach, …') is neither 'his side' now nor a
spell the main clause's 'had been in charge since' ends."""

from __future__ import annotations

from extract_helpers import keys_of

# --- "the selections of A and of B": national teams listed after a career verb ------------------------


def test_directed_the_selections_of_a_and_of_b() -> None:
    keys = keys_of(
        "Mali have appointed Eric Chelle as head coach. Chelle had before directed the selections "
        "of Togo and of Niger."
    )
    assert ("Eric Chelle", "Togo", "national", "in_charge") in keys
    assert ("Eric Chelle", "Niger", "national", "in_charge") in keys


def test_commanded_the_selections_of_a_and_b() -> None:
    keys = keys_of(
        "Peru have hired Jorge Fossati. He previously commanded the selections of Uruguay and Qatar."
    )
    assert ("Jorge Fossati", "Uruguay", "national", "in_charge") in keys
    assert ("Jorge Fossati", "Qatar", "national", "in_charge") in keys


def test_selections_after_a_players_verb_is_no_spell() -> None:
    # near miss: a player who played in the selections of a country coached nothing
    keys = keys_of(
        "Mali have appointed Eric Chelle as head coach. Chelle played in the youth selections of France."
    )
    assert not any(k[1] == "France" for k in keys)
    assert ("Eric Chelle", "Mali", "national", "appointed") in keys


# --- "X, ex-coach of A and of B": the apposition without an article -----------------------------------


def test_ex_coach_of_list_without_article() -> None:
    keys = keys_of(
        "Syria have appointed Hector Cuper. Cuper, ex-coach of Valencia and of Inter Milan, signed "
        "until 2026."
    )
    assert ("Hector Cuper", "Valencia", "first_team", "in_charge") in keys
    assert ("Hector Cuper", "Inter Milan", "first_team", "in_charge") in keys


def test_former_manager_of_list_without_article() -> None:
    keys = keys_of(
        "Burnley have appointed Scott Parker. Parker, former manager of Fulham and Bournemouth, said "
        "he was proud."
    )
    assert ("Scott Parker", "Fulham", "first_team", "in_charge") in keys
    assert ("Scott Parker", "AFC Bournemouth", "first_team", "in_charge") in keys


# --- "the Cranes of Uganda": a national team's nickname, then its country -------------------------------


def test_nickname_of_country_is_that_countrys_team() -> None:
    keys = keys_of("Ghana have appointed Otto Addo. Addo is a former coach of the Cranes of Uganda.")
    assert ("Otto Addo", "Uganda", "national", "in_charge") in keys
    assert not any(k[1] == "Cranes" for k in keys)


def test_strong_nickname_of_country_in_an_of_list() -> None:
    keys = keys_of(
        "Iraq have appointed Luis Pardo. Pardo, ex-coach of Mallorca and of the Pharaohs of Egypt, signed "
        "until 2027."
    )
    assert ("Luis Pardo", "Egypt", "national", "in_charge") in keys


def test_club_alias_of_country_stays_the_club() -> None:
    # near miss: a club's alias with its country is that club, never the national team
    keys = keys_of("Young Africans have appointed Miguel Gamondi. He previously coached Al Hilal of Sudan.")
    assert not any(k[1] == "Sudan" for k in keys)
    assert ("Miguel Gamondi", "Young Africans SC", "first_team", "appointed") in keys


# --- "had short periods at A and B": a spell's other words ------------------------------------------------


def test_had_short_periods_at_a_and_b() -> None:
    keys = keys_of(
        "Sweden have sacked Lars Dahl. He had two stints in charge of Malmö FF, and also "
        "had short periods at Hertha Berlin and Stoke City."
    )
    assert ("Lars Dahl", "Hertha BSC", "first_team", "in_charge") in keys
    assert ("Lars Dahl", "Stoke City", "first_team", "in_charge") in keys


def test_had_a_brief_period_at_c() -> None:
    keys = keys_of("Genoa have appointed Davide Ballardini. He had a brief period at Palermo in 2015.")
    assert ("Davide Ballardini", "Palermo", "first_team", "in_charge") in keys


def test_a_period_of_reflection_is_no_spell() -> None:
    keys = keys_of("Genoa have sacked Davide Ballardini. Ballardini had a period of reflection at home.")
    assert not any(k[3] == "in_charge" and k[1] != "Genoa" for k in keys)
    assert ("Davide Ballardini", "Genoa", "first_team", "dismissed") in keys


# --- "won A with C and B with D": further titles with the verb understood --------------------------------


def test_won_one_title_with_a_and_another_with_b() -> None:
    keys = keys_of(
        "Walsall have appointed Jim Lowe. He won League Two with Lincoln City and League One with Bolton "
        "Wanderers."
    )
    assert ("Jim Lowe", "Lincoln City", "first_team", "in_charge") in keys
    assert ("Jim Lowe", "Bolton Wanderers", "first_team", "in_charge") in keys


def test_won_with_a_and_before_that_a_title_with_b() -> None:
    keys = keys_of(
        "Serbia have appointed Goran Pavic. He lifted the Greek Cup with AEK Athens in 2020, "
        "and before that the Cypriot league title with Omonia."
    )
    assert ("Goran Pavic", "AEK Athens", "first_team", "in_charge") in keys
    assert ("Goran Pavic", "AC Omonia", "first_team", "in_charge") in keys


def test_won_with_a_then_a_verb_of_its_own_with_b_is_no_title() -> None:
    # near misses: a second clause with its own verb, or no title's word
    for text in (
        "Greece have appointed Ivan Jovanovic. He won the title with Panathinaikos and signed a deal "
        "with APOEL.",
        "Greece have appointed Ivan Jovanovic. He won the title with Panathinaikos and a contract with APOEL "
        "followed.",
    ):
        keys = keys_of(text)
        assert ("Ivan Jovanovic", "Panathinaikos", "first_team", "in_charge") in keys
        assert not any(k[1] == "APOEL" for k in keys)


# --- "X, the former C coach, … his side": the former title's club ---------------------------------------


def test_former_title_club_is_not_his_side() -> None:
    keys = keys_of(
        "Falkirk have sacked Martin Rennie. Rennie, a former coach of Vancouver Whitecaps, saw his side lose "
        "again on Saturday."
    )
    assert ("Martin Rennie", "Falkirk", "first_team", "in_charge") in keys
    assert ("Martin Rennie", "Vancouver Whitecaps", "first_team", "in_charge") in keys


def test_former_title_spell_is_not_ended_by_the_main_clause() -> None:
    keys = keys_of(
        "Dundee have sacked Craig Moir. Moir, the former Toronto FC coach, had been in "
        "charge since 2021 but his side fell away over the closing months of the campaign."
    )
    assert ("Craig Moir", "Dundee", "first_team", "in_charge") in keys
    assert ("Craig Moir", "Toronto FC", "first_team", "in_charge") in keys
    assert ("Craig Moir", "Toronto FC", "first_team", "left") not in keys


def test_club_before_possessive_side_still_counts() -> None:
    # near miss: a club named plainly before "X's side" is still that side
    keys = keys_of(
        "Celtic beat Hearts 3-0 on Saturday. Celtic extended their lead over Steven Naismith's side."
    )
    assert not any(k[0] == "Steven Naismith" and k[1] == "Celtic" and k[3] == "left" for k in keys)
    assert ("Steven Naismith", "Celtic", "first_team", "in_charge") in keys
