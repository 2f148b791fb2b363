"""A career told in passing (its sackings long filled), 'and was C's interim coach' (our own sentences)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_sacking_in_a_past_career_opens_no_vacancy_for_the_staff() -> None:
    text = (
        "The Croatian Football Federation said head coach Zlatko Dalić has signed a new contract to stay in "
        "charge of the national team. The 57-year-old previously coached Al Ain, and was briefly Dinamo "
        "Zagreb's caretaker in 2010 after the dismissal of Marijan Vlak. His assistant Ivica Olić and "
        "fitness coach Luka Milanović have also signed new deals."
    )
    keys = keys_of(text)
    assert ("Ivica Olić", "Croatia", "national", "extended") in keys
    assert not any(k[0] == "Ivica Olić" and k[1] == "Dinamo Zagreb" for k in keys)


def test_recent_sacking_still_opens_the_vacancy() -> None:
    # (the sacked man previously coached elsewhere: the sacking at the story's club still opens its post)
    text = (
        "Hertha sacked Sandro Schwarz, who previously coached Dynamo Moscow, on Sunday. Assistant Pal Dardai "
        "takes over until the summer."
    )
    assert ("Pál Dárdai", "Hertha BSC", "first_team", "appointed") in keys_of(text)


def test_and_was_the_clubs_interim_coach() -> None:
    text = (
        "Roma appointed Ivan Juric on Tuesday. The Croatian previously coached Torino, and was briefly "
        "Genoa's interim coach in 2018."
    )
    assert ("Ivan Juric", "Genoa", "first_team", "in_charge") in keys_of(text)


def test_and_later_was_the_clubs_head_coach_with_a_comma() -> None:
    text = "Burnley named Scott Parker. Parker coached Fulham, and later was Bournemouth's head coach."
    keys = keys_of(text)
    assert any(k[0] == "Scott Parker" and "Bournemouth" in k[1] and k[3] == "in_charge" for k in keys)


def test_and_was_coach_of_after_a_comma() -> None:
    text = "Everton hired David Moyes. Moyes managed Preston, and was also coach of Real Sociedad."
    assert ("David Moyes", "Real Sociedad", "first_team", "in_charge") in keys_of(text)


def test_and_was_the_clubs_coach_of_the_year_is_no_spell() -> None:
    text = "Roma appointed Ivan Juric. Juric played for Genoa, and was Croatia's coach of the year in 2019."
    assert not any(k[0] == "Ivan Juric" and k[1] == "Croatia" for k in keys_of(text))


def test_and_was_the_clubs_captain_is_no_spell() -> None:
    text = "Roma appointed Ivan Juric. Juric coached Torino, and was Genoa's captain in 2006."
    assert not any(k[0] == "Ivan Juric" and k[1] == "Genoa" for k in keys_of(text))


def test_age_group_men_in_a_womens_story_stays_the_mens() -> None:
    text = (
        "France have appointed Laurent Bonadei as head coach of the women's national team. Bonadei had "
        "coached France's under-20 men to the world title in 2013."
    )
    keys = keys_of(text)
    assert ("Laurent Bonadei", "France", "national_u20", "in_charge") in keys
    assert not any(k[2] == "national_women_u20" for k in keys)


def test_age_group_men_s_coach_in_a_womens_story() -> None:
    text = (
        "England have named Sarah Neville as head coach of the women's national team. Neville, the former "
        "under-19 men's coach, led England's U19 men's side to the European title."
    )
    assert not any(k[0] == "Sarah Neville" and k[2].startswith("national_women_u") for k in keys_of(text))


def test_age_group_women_stays_the_womens() -> None:
    text = (
        "Austria have appointed Karl Huber as head coach of the women's national team. Huber had "
        "coached Austria's under-19 women's side since 2020."
    )
    assert not any(k[2] == "national_u19" for k in keys_of(text))


def test_clubless_exit_leaves_the_post_he_later_took() -> None:
    text = (
        "Ferencváros extended the contract of head coach Pascal Jansen. He replaced Marco Rossi, who later "
        "became coach of the Hungarian national team. Rossi resigned in June after the World Cup qualifiers."
    )
    keys = keys_of(text)
    assert ("Marco Rossi", "Hungary", "national", "resigned") in keys
    assert ("Marco Rossi", "Ferencváros", "first_team", "resigned") not in keys


def test_clubless_sacking_after_he_went_on_to_manage() -> None:
    text = (
        "Hibernian appointed David Gray. Gray succeeded Lee Johnson, who went on to manage Bristol City. "
        "Johnson was sacked in March."
    )
    keys = keys_of(text)
    assert ("Lee Johnson", "Bristol City", "first_team", "dismissed") in keys


def test_exit_long_after_the_later_post_is_the_storys() -> None:
    # (the later post is only in view for the next sentences)
    text = (
        "Ferencváros extended the contract of head coach Pascal Jansen. He replaced Marco Rossi, who later "
        "became coach of the Hungarian national team. Jansen won the league twice. The club reached the "
        "Europa League. The fans love him. Rossi resigned in June."
    )
    assert ("Marco Rossi", "Hungary", "national", "resigned") not in keys_of(text)


def test_the_club_is_not_a_club_of_a_former_boss_list() -> None:
    text = (
        "Stoke City have appointed Jan Keller as their new head coach. The former Hamburg and Holstein Kiel "
        "boss was unveiled on Friday, ten days after Mark Dunn left the club by mutual consent."
    )
    keys = keys_of(text)
    assert ("Mark Dunn", "Stoke City", "first_team", "left") in keys
    assert not any(k[0] == "Mark Dunn" and k[1] in ("Holstein Kiel", "Hamburger SV") for k in keys)


def test_the_club_after_a_former_club_and_a_current_one() -> None:
    # (the list ends at "boss": the club after it is a post again)
    text = "The former Wigan boss and Reading chairman said Paul Ince left the club in February."
    assert not any(k[0] == "Paul Ince" and "Wigan" in k[1] for k in keys_of(text))


def test_career_told_in_passing_does_not_move_the_story() -> None:
    text = (
        "Millwall have appointed Jonas Brandt as their new manager. He won promotion with "
        "Ingolstadt in 2019, having earlier worked as Marco Rose's assistant at Leipzig. "
        "First-team coach Kevin Nugent took charge of Tuesday's defeat as caretaker and will now remain "
        "part of the coaching staff."
    )
    keys = keys_of(text)
    assert ("Kevin Nugent", "Millwall", "first_team", "appointed") in keys
    assert not any(k[0] == "Kevin Nugent" and "Ingolstadt" in k[1] for k in keys)


def test_steps_down_from_his_role_as_assistant_to_the_boss_with_a_team() -> None:
    text = (
        "Hibernian have appointed Jim Barr as head coach. He will also step down from his role "
        "as assistant to Alan Reid with the Wales national team."
    )
    keys = keys_of(text)
    assert ("Jim Barr", "Wales", "national", "resigned") in keys
    assert ("Jim Barr", "Hibernian", "first_team", "resigned") not in keys


def test_quits_his_post_as_number_two_to_the_boss_at_a_club() -> None:
    text = (
        "Wrexham hired Phil Parkinson. Steve Parkin quit from his post as assistant manager to Parkinson "
        "at Bolton."
    )
    assert any(k[0] == "Steve Parkin" and "Bolton" in k[1] and k[3] == "resigned" for k in keys_of(text))
