"""Facts given to the wrong man (or to a player) because the sentence's subject is a relation, a
description or a bare name another man shares: a bare name is a surname before a given name ('Neil'
with Alex Neil and Neil Harris named); 'Captain X', 'Top scorer X' is a player; 'The son of Y <verb>'
and 'The former coach of A and of B <verb>' mean the man in view, not Y; 'X, the nephew of Y, has …
when C sacked him' is X."""

from __future__ import annotations

from extract_helpers import keys_of

# --- a bare name: the man whose surname it is, not the one whose given name it is ------------------


def test_bare_surname_is_not_the_other_mans_given_name() -> None:
    keys = keys_of(
        "Portsmouth have appointed Scott Parker as manager. He replaces Parker Jones, who resigned on "
        "Friday. Parker was sacked by Fulham in 2021 and also managed Bournemouth."
    )
    assert ("Scott Parker", "Fulham", "first_team", "dismissed") in keys
    assert not any(k[0] == "Parker Jones" and k[1] == "Fulham" for k in keys)


def test_bare_surname_named_before_the_given_name_holder() -> None:
    keys = keys_of(
        "Millwall have named Alex Neil as head coach. The Scot replaces Neil Harris, who stepped down. "
        "Neil was sacked by Stoke City in December 2023."
    )
    assert ("Alex Neil", "Stoke City", "first_team", "dismissed") in keys
    assert not any(k[0] == "Neil Harris" and k[1] == "Stoke City" for k in keys)


def test_bare_given_name_alone_still_finds_its_man() -> None:
    # near miss: no one has the surname, so the quote's given name is still the man named in full
    keys = keys_of(
        'Millwall have named Alex Neil as head coach. "Alex is a proven manager," the chairman said.'
    )
    assert ("Alex Neil", "Millwall", "first_team", "appointed") in keys


# --- "Captain X", "Top scorer X": a player, no coach -------------------------------------------------


def test_captain_before_a_name_is_a_player_and_no_part_of_the_name() -> None:
    keys = keys_of(
        "Austin FC have sacked head coach Josh Wolff. Captain Sebastian Driussi has been linked with a "
        "move to River Plate."
    )
    assert ("Josh Wolff", "Austin FC", "first_team", "dismissed") in keys
    assert not any("Driussi" in k[0] for k in keys)


def test_club_skipper_and_top_scorer_are_players() -> None:
    keys = keys_of(
        "Walsall manager Dean Pryce has signed a new contract. Top scorer Jamie Ord "
        "has also been offered a new contract, and club skipper Liam Kerr has been linked with "
        "Grimsby Town."
    )
    assert ("Dean Pryce", "Walsall", "first_team", "extended") in keys
    assert not any(k[0] in ("Jamie Ord", "Liam Kerr") for k in keys)


def test_former_captain_turned_coach_keeps_his_post() -> None:
    # near miss: a former captain is no player now
    keys = keys_of("Former captain Kevin Nolan has been appointed head coach of Leyton Orient.")
    assert ("Kevin Nolan", "Leyton Orient", "first_team", "appointed") in keys


# --- "The son of Y <verb>": the man in view, never Y --------------------------------------------------


def test_son_of_a_famous_coach_opening_the_sentence_is_the_man_in_view() -> None:
    keys = keys_of(
        "Bristol Rovers manager Ian Holt has signed a new contract. The son of the famous former "
        "Leeds United manager Don Holt has a long CV of his own: he had a spell in charge "
        "of Hull City and also managed Swindon Town."
    )
    assert ("Ian Holt", "Hull City", "first_team", "in_charge") in keys
    assert ("Ian Holt", "Swindon Town", "first_team", "in_charge") in keys
    assert not any(k[0] == "Don Holt" and k[1] in ("Hull City", "Swindon Town") for k in keys)


def test_nephew_of_opening_then_a_pronoun_clause() -> None:
    keys = keys_of(
        "Ajax have appointed Maurice Steijn as head coach. The nephew of former Ajax coach Ronald Steijn "
        "is no stranger to the league: he was sacked by NAC Breda in 2022."
    )
    assert ("Maurice Steijn", "NAC Breda", "first_team", "dismissed") in keys
    assert not any(k[0] == "Ronald Steijn" and k[1] == "NAC Breda" for k in keys)


def test_kin_in_apposition_before_the_verb_is_no_subject() -> None:
    keys = keys_of(
        "Ajax have appointed Maurice Steijn as head coach. Steijn, the nephew of former Ajax coach Ronald "
        "Steijn, was sacked by NAC Breda in 2022."
    )
    assert ("Maurice Steijn", "NAC Breda", "first_team", "dismissed") in keys
    assert not any(k[0] == "Ronald Steijn" and k[1] == "NAC Breda" for k in keys)


def test_relative_in_apposition_is_not_the_him_of_a_later_clause() -> None:
    keys = keys_of(
        "VfB Stuttgart have appointed Sebastian Hoeness as head coach. Hoeness, the nephew of Bayern "
        "honorary president Uli Hoeness, has been without a club since May, when Hoffenheim parted ways "
        "with him after two seasons."
    )
    assert ("Sebastian Hoeness", "TSG Hoffenheim", "first_team", "dismissed") in keys


def test_assistant_in_apposition_keeps_the_subjects_he() -> None:
    keys = keys_of(
        "Hull City have appointed Tim Walter. Walter, the former assistant of Pep Guardiola, was sacked by "
        "Hamburg in February, after he had failed to win promotion."
    )
    assert ("Tim Walter", "Hamburger SV", "first_team", "dismissed") in keys
    assert not any(k[0] == "Pep Guardiola" and k[1] == "Hamburger SV" for k in keys)


# --- "The former coach of A and of B <verb>": his past posts -------------------------------------------


def test_former_coach_of_two_clubs_opening_the_sentence() -> None:
    keys = keys_of(
        "The federation has appointed Sebastien Desabre as coach of DR Congo. The former coach of ASEC "
        "Mimosas and of Esperance de Tunis will be assisted by Desire Kalombo."
    )
    assert ("Sebastien Desabre", "ASEC Mimosas", "first_team", "in_charge") in keys
    assert ("Sebastien Desabre", "Espérance de Tunis", "first_team", "in_charge") in keys


def test_ex_manager_of_a_club_with_a_past_verb() -> None:
    keys = keys_of(
        "Leeds United have appointed Daniel Farke as manager. The former manager of Norwich City and "
        "Borussia Monchengladbach signed a four-year deal."
    )
    assert ("Daniel Farke", "Norwich City", "first_team", "in_charge") in keys
    assert ("Daniel Farke", "Borussia Mönchengladbach", "first_team", "in_charge") in keys


def test_former_coach_of_with_no_verb_is_no_reference() -> None:
    # near miss: a title of the subject named after it ('The former coach of C, X, said') is no
    # reference back to the man in view
    keys = keys_of(
        "Leeds United have appointed Daniel Farke as manager. The former coach of Norwich City, Dean "
        "Smith, said he was delighted."
    )
    assert not any(k[0] == "Daniel Farke" and k[1] == "Norwich City" for k in keys)
    assert ("Daniel Farke", "Leeds United", "first_team", "appointed") in keys


def test_his_aide_post_in_a_kin_or_protege_apposition_stays_the_other_mans() -> None:
    # near miss: 'his assistant' after 'X, a protégé of Y,' is Y's assistant, so Y coached there
    keys = keys_of(
        "Ross Aloisi has been named head coach of Brisbane Roar. Aloisi, a protege of Tony Popovic, "
        "served as his assistant at Western Sydney Wanderers."
    )
    assert ("Tony Popovic", "Western Sydney Wanderers", "first_team", "in_charge") in keys


# --- "has found the successor of X: Y …": the man replaced is not whom 'the 49-year-old' means ---------


def test_successor_of_named_first_is_not_the_next_descriptor() -> None:
    keys = keys_of(
        "Hertha BSC have found the successor of Pal Dardai: Stefan Leitl becomes head coach and signs "
        "until 2027. The 47-year-old was sacked by Hannover 96 in December."
    )
    assert ("Stefan Leitl", "Hannover 96", "first_team", "dismissed") in keys
    assert not any(k[0] == "Pal Dardai" and k[1] == "Hannover 96" for k in keys)


def test_replacement_for_named_first_is_not_the_next_he() -> None:
    keys = keys_of(
        "Schalke's replacement for Karel Geraerts is Kees van Wonderen, the club announced. He was "
        "dismissed by Heerenveen in 2024."
    )
    assert ("Kees van Wonderen", "SC Heerenveen", "first_team", "dismissed") in keys
    assert not any(k[0] == "Karel Geraerts" and k[1] == "SC Heerenveen" for k in keys)


# --- candidates passed over, a plural demonym, aides joining 'his staff': the chosen man stays in view ---


def test_plural_demonym_is_no_part_of_the_names_after_it() -> None:
    keys = keys_of(
        "Peru have appointed Jorge Fossati as head coach. The federation also considered Argentines "
        "Ricardo Gareca and Gustavo Alfaro."
    )
    assert not any(k[0].startswith("Argentines") for k in keys)
    assert ("Jorge Fossati", "Peru", "national", "appointed") in keys


def test_candidates_considered_are_not_whom_the_next_his_means() -> None:
    keys = keys_of(
        "Costa Rica have appointed Pablo Vera as head coach. The committee also considered Luis "
        "Cano and Jorge Prado before choosing Vera. The first task of his new spell will be the "
        "Gold Cup, and he was dismissed by Chile in 2020."
    )
    assert ("Pablo Vera", "Chile", "national", "dismissed") in keys
    assert not any(k[0] in ("Luis Cano", "Jorge Prado") and k[1] == "Chile" for k in keys)


def test_aides_joining_his_staff_leave_the_boss_in_view() -> None:
    keys = keys_of(
        "Burnley have appointed Scott Parker as manager. Former defenders Matt Wells and Henrik Jensen "
        "will join his coaching staff. He was sacked by Club Brugge in 2023."
    )
    assert ("Scott Parker", "Club Brugge", "first_team", "dismissed") in keys
    assert ("Matt Wells", "Club Brugge", "first_team", "dismissed") not in keys


def test_a_man_considered_alone_is_still_the_next_he() -> None:
    # near miss: with no other man in the sentence, the man considered is the one 'he' goes on about
    keys = keys_of("Everton considered Sean Dyche for the job. He was sacked by Burnley in 2022.")
    assert ("Sean Dyche", "Burnley", "first_team", "dismissed") in keys
