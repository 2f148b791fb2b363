"""Stand-ins' spells and their end, and exits told in a relative clause (sentences of our own)."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def test_stand_in_told_by_league_games_returns_to_the_reserves() -> None:
    text = (
        "Hajduk Split sacked Ivan Leko on Monday. Ante Rebić, coach of Hajduk Split's second team, led the "
        "side in the last three league games and will go back to the reserves."
    )
    assert ("Ante Rebić", "Hajduk Split", "first_team", "left") in keys_of(text)


def test_stand_in_will_return_to_that_role() -> None:
    text = (
        "Sevilla fired Diego Alonso. Jesús Navas, coach of the club's under-19 side, guided the team as "
        "interim for the final two matches and will return to that role."
    )
    assert ("Jesús Navas", "Sevilla", "first_team", "left") in keys_of(text)


def test_team_led_by_titled_caretaker_who_stays_in_the_staff() -> None:
    text = (
        "Rapid Vienna sacked Zoran Barisic. Since then the team was led by assistant coach Stefan Kulovits "
        "as caretaker, who will remain in the staff as an assistant."
    )
    facts = [f for f in facts_of(text) if f["coach"] == "Stefan Kulovits"]
    keys = {(f["club"], f["squad"], f["event"]) for f in facts}
    assert ("Rapid Vienna", "first_team", "left") in keys
    # one spell: his title's post, not read again as a caretaker's
    assert [f["event"] for f in facts].count("in_charge") <= 1


def test_team_led_on_interim_basis_by_a_womens_youth_coach() -> None:
    text = (
        "The Football Association of Wales named Rhian Wilkinson as head coach of the women's national team. "
        "Since the exit of Gemma Grainger the team was led on an interim basis by Lisa Brennan, the coach of "
        "the U19 women's side, who returns to her post."
    )
    keys = keys_of(text)
    assert ("Lisa Brennan", "Wales", "national_women", "left") in keys
    assert ("Lisa Brennan", "Wales", "national_women", "in_charge") in keys


def test_team_led_by_without_stand_in_words_is_no_spell_end() -> None:
    text = "Everton sacked Sean Dyche. The team was led by Leighton Baines, who will stay at the club."
    assert not any(k[0] == "Leighton Baines" and k[3] == "left" for k in keys_of(text))


def test_going_back_home_is_no_step_back() -> None:
    text = (
        "Lazio sacked Maurizio Sarri. Giovanni Martusciello led the side in the last two league games and "
        "will return to Naples."
    )
    assert not any(k[0] == "Giovanni Martusciello" and k[3] == "left" for k in keys_of(text))


def test_whose_contract_was_terminated_without_a_comma() -> None:
    text = (
        "Ghana named Otto Addo as coach on Friday. He comes in the place of Serbian Milovan Rajevac whose "
        "contract was terminated by the GFA in January."
    )
    assert ("Milovan Rajevac", "Ghana", "national", "dismissed") in keys_of(text)


def test_mens_team_news_stays_mens_when_the_womens_coach_is_named_later() -> None:
    text = (
        "The Panamanian Football Federation announced on Friday that Carlos Mora has renewed his "
        "deal as head coach of the men's national team through 2027. The Uruguayan took over in 2022, "
        "replacing Jorge Pinto. His assistant Luis Mora also renewed. Women's coach Ana "
        "Ruiz, whose side reached the Women's World Cup, will have her future looked at."
    )
    keys = keys_of(text)
    assert ("Carlos Mora", "Panama", "national", "appointed") in keys
    assert ("Jorge Pinto", "Panama", "national", "left") in keys
    assert ("Ana Ruiz", "Panama", "national_women", "in_charge") in keys


def test_a_past_mens_spell_does_not_turn_a_womens_story() -> None:
    text = (
        "The Dutch federation dismissed Andries Jonker as head coach of the women's national team on "
        "Tuesday. Jonker succeeded Mark Parsons in 2022. Parsons had been head coach since 2021. "
        "Jonker, 62, once led the Netherlands men's team to a friendly win as caretaker. "
        "The team plays in the Women's Euro next summer."
    )
    keys = keys_of(text)
    assert ("Mark Parsons", "Netherlands", "national_women", "left") in keys


def test_will_be_assisted_by_a_coach_named_with_his_nationality() -> None:
    text = (
        "Feyenoord named Brian Priske as head coach on Monday. Priske will be assisted by Dutch coach "
        "John de Wolf, the club said."
    )
    assert ("John de Wolf", "Feyenoord", "first_team", "appointed") in keys_of(text)


def test_was_beaten_by_a_coach_named_with_his_nationality_is_no_aide() -> None:
    text = (
        "Feyenoord named Brian Priske as head coach on Monday. His side was beaten by Dutch coach "
        "John de Wolf."
    )
    assert not any(k[0] == "John de Wolf" and k[3] == "appointed" for k in keys_of(text))
