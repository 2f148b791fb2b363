"""A story naming a new coach and the man he replaces: which of them 'the 58-year-old', 'the Dane',
'his predecessor', 'the outgoing coach' or 'he' means, by what the text tells of them (ages,
nationalities) and by what only one of them can have done at the club."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def _has(text: str, coach: str, club: str, event: str) -> bool:
    return any(k[0] == coach and k[1] == club and k[3] == event for k in keys_of(text))


# --- what only the man who left can have done at the club -----------------------------------------


def test_descriptor_that_had_been_in_charge_since_is_the_replaced_man():
    text = (
        "Hannover 96 have appointed Stefan Leitl as head coach. "
        "He replaces Andre Breitenreiter, who was sacked on Sunday. "
        "The 50-year-old had been in charge since 2022."
    )
    assert _has(text, "Andre Breitenreiter", "Hannover 96", "in_charge")
    assert not _has(text, "Stefan Leitl", "Hannover 96", "in_charge")


def test_nationality_descriptor_sacked_after_a_past_replacement_is_the_replaced_man():
    text = (
        "Lens have named Will Still as their coach. Still replaced Franck Haise in June. "
        "The Frenchman had been sacked by the board after a poor run."
    )
    assert not _has(text, "Will Still", "RC Lens", "dismissed")


def test_descriptor_that_left_the_club_by_mutual_consent_is_the_replaced_man():
    text = (
        "Getafe have appointed Jose Bordalas as coach. Bordalas replaces Quique Sanchez Flores. "
        "The Madrid-born coach left the club by mutual consent on Monday."
    )
    assert not _has(text, "José Bordalás", "Getafe", "left")
    assert not _has(text, "Jose Bordalas", "Getafe", "left")


def test_pronoun_that_had_been_in_charge_since_is_the_replaced_man():
    text = (
        "Rotherham United have appointed Steve Evans. He replaces Leam Richardson, who was sacked "
        "in March. He had been in charge since November 2023."
    )
    assert _has(text, "Leam Richardson", "Rotherham United", "in_charge")
    assert not _has(text, "Steve Evans", "Rotherham United", "in_charge")


def test_his_predecessor_and_the_outgoing_coach_are_the_replaced_man():
    pred = (
        "Pachuca have hired Guillermo Almada. Almada replaces Paulo Pezzolano, who was dismissed in "
        "October. His predecessor had been in charge for eight months."
    )
    assert _has(pred, "Paulo Pezzolano", "Pachuca", "in_charge")
    outgoing = (
        "Braga have appointed Daniel Sousa. He replaces Artur Jorge, who left for Botafogo. "
        "The outgoing coach had led the club to third place in 2023."
    )
    assert not _has(outgoing, "Daniel Sousa", "Braga", "in_charge")


def test_the_outgoing_coach_with_no_one_gone_is_nobody():
    text = (
        "Blackburn Rovers have appointed John Eustace as head coach. "
        "The outgoing coach had been in charge since 2021."
    )
    assert not _has(text, "John Eustace", "Blackburn Rovers", "in_charge")


def test_former_boss_of_the_club_is_the_replaced_man_not_the_new_one():
    text = (
        "Feyenoord have appointed Brian Priske as head coach. Priske replaces Arne Slot, who left "
        "for Liverpool. The former Feyenoord boss was appointed there on a three-year deal."
    )
    assert not _has(text, "Brian Priske", "Feyenoord", "in_charge")


# --- what only the new man can do -------------------------------------------------------------------


def test_former_boss_of_another_club_signing_a_deal_is_the_new_man():
    text = (
        "Twente have appointed Joseph Oosting as head coach. The Dutchman replaces Ron Jans, "
        "who resigned in May. Jans, 65, had won the cup. "
        "The former Willem II boss signed a three-year contract."
    )
    assert _has(text, "Joseph Oosting", "Willem II", "in_charge")
    assert not _has(text, "Ron Jans", "Willem II", "in_charge")


def test_the_clubs_assistant_after_a_sacking_is_the_stand_in_not_the_sacked_man():
    text = (
        "Cardiff City have sacked Erol Bulut. Omer Riza will take temporary charge. "
        "The Turk had only been appointed in 2023. The Englishman is the club's assistant coach."
    )
    assert not _has(text, "Erol Bulut", "Cardiff City", "in_charge")


# --- ages and nationalities the text gave -----------------------------------------------------------


def test_age_descriptor_is_the_man_given_that_age():
    text = (
        "Paraguay have appointed Gustavo Alfaro, 61, as head coach. He replaces Daniel Garnero, 54, "
        "who was sacked in August. The 54-year-old had coached Libertad."
    )
    assert _has(text, "Daniel Garnero", "Club Libertad", "in_charge")
    assert not _has(text, "Gustavo Alfaro", "Club Libertad", "in_charge")


def test_nationality_the_text_gave_the_new_man_turns_another_descriptor_to_the_other_man():
    text = (
        "Toluca have appointed Portuguese coach Renato Paiva. He replaces Ignacio Ambriz, who was "
        "sacked on Sunday. The Mexican had coached Leon."
    )
    assert any(k[0] == "Ignacio Ambriz" and "León" in k[1] and k[3] == "in_charge" for k in keys_of(text))
    assert not any(k[0] == "Renato Paiva" and "Le" in k[1] for k in keys_of(text))


def test_two_nationality_descriptors_in_turn_are_two_men():
    text = (
        "Bordeaux sacked David Guion and appointed Albert Riera. "
        "The Frenchman had been in charge since 2022. The Spaniard previously coached Olimpija Ljubljana."
    )
    assert _has(text, "Albert Riera", "NK Olimpija Ljubljana", "in_charge")
    assert not _has(text, "David Guion", "NK Olimpija Ljubljana", "in_charge")


# --- near misses: the new man keeps what is his -------------------------------------------------------


def test_stand_in_made_permanent_keeps_his_own_spell():
    text = (
        "Sheffield Wednesday have appointed Danny Rohl on a permanent basis. Rohl replaced Xisco Munoz "
        "in October. The 34-year-old had been in charge since October."
    )
    assert not _has(text, "Xisco Munoz", "Sheffield Wednesday", "in_charge")


def test_a_man_named_in_the_sentence_keeps_his_pronoun():
    text = (
        "Orlando Pirates were linked with Jose Riveiro after Fadlu Davids was removed, and Mandla "
        "Ncikazi was appointed instead. Ncikazi lasted only until October, when he was sacked."
    )
    assert not _has(text, "Fadlu Davids", "Orlando Pirates", "dismissed")


def test_sacking_at_another_club_stays_the_new_mans():
    text = (
        "Norwich City have appointed Johannes Hoff Thorup. He replaces David Wagner, who was sacked "
        "in May. The Dane had been sacked by Nordsjaelland in 2023."
    )
    assert not _has(text, "David Wagner", "FC Nordsjælland", "dismissed")


def test_extended_contract_keeps_the_spell_open():
    text = (
        "Bologna have extended the contract of Vincenzo Italiano. "
        "The Italian had been in charge since 2024. Sporting director Marco Di Vaio was delighted."
    )
    assert not _has(text, "Vincenzo Italiano", "Bologna", "left")


def test_pluperfect_led_the_club_to_is_the_replaced_man():
    text = (
        "Empoli have appointed Roberto D'Aversa. He replaces Aurelio Andreazzoli, who retired. "
        "The 70-year-old had guided the club to promotion in 2021."
    )
    assert not _has(text, "Roberto D'Aversa", "Empoli", "in_charge")


def test_former_player_descriptor_that_had_been_in_charge_is_the_replaced_man():
    text = (
        "Standard Liege have appointed Ivan Leko. He replaces Carl Hoefkens, who was sacked on "
        "Monday. The former Club Brugge defender had been in charge since 2023."
    )
    assert _has(text, "Carl Hoefkens", "Standard Liège", "in_charge") or _has(
        text, "Carl Hoefkens", "Standard Liege", "in_charge"
    )
    assert not any(k[0] == "Ivan Leko" and k[3] == "in_charge" and "Standard" in k[1] for k in keys_of(text))


def test_caretaker_named_after_a_sacking_is_not_the_sacked_mans_spell():
    text = (
        "Burnley have dismissed Vincent Kompany. Mike Jackson will take charge as caretaker. "
        "The Belgian had been in charge since June 2022."
    )
    assert _has(text, "Vincent Kompany", "Burnley", "in_charge")
    assert not _has(text, "Mike Jackson", "Burnley", "in_charge")


def test_returning_coach_keeps_what_he_did_at_the_club_before():
    text = (
        "Aberdeen have reappointed Derek McInnes. He replaces Barry Robson, who left. "
        "He had led the club to the League Cup in 2014."
    )
    assert not _has(text, "Barry Robson", "Aberdeen", "in_charge")


def test_ex_club_descriptor_opening_a_sentence_is_no_dateline():
    text = (
        "Napoli have appointed Antonio Conte as coach. The ex-Juventus coach replaces Francesco "
        "Calzona, who was interim coach."
    )
    assert not any(k[1] == "Juventus" and k[3] in ("appointed", "left") for k in keys_of(text))
    assert _has(text, "Francesco Calzona", "Napoli", "left")
