"""Which club a clause is about: the main clause's own club over the club of a 'who' aside on the
same man, a federation's bracketed initials as that federation, a squad letter ('the B team') as
a squad of the story's club, and the man replaced after 'his compatriot'."""

from __future__ import annotations

from extract_helpers import keys_of


def _clubs(text: str, coach: str, event: str) -> set[str]:
    return {club for c, club, _, e in keys_of(text) if c == coach and e == event}


# --- a 'who' aside's clubs are the aside's; the main clause names the post he left ---------------


def test_quit_after_a_spell_with_the_club_is_the_story_clubs_not_the_asides():
    text = (
        "Toronto FC hired Dan Keane on Monday. "
        "Mark Lowe, who had been in charge of both Jamaica's men's and women's national sides, quit in "
        "October after two seasons with the club."
    )
    assert _clubs(text, "Mark Lowe", "resigned") == {"Toronto FC"}


def test_resigned_after_years_at_a_named_club_is_that_club():
    text = (
        "Steve Clarke, who had led Kilmarnock to third place, resigned on Monday after two years at Aberdeen."
    )
    assert _clubs(text, "Steve Clarke", "resigned") == {"Aberdeen"}


def test_resigned_after_months_in_charge_of_a_club_is_that_club():
    text = "Paulo Sousa, who coached Poland at the Euros, resigned after eight months in charge of Flamengo."
    assert _clubs(text, "Paulo Sousa", "resigned") == {"Flamengo"}


def test_an_aside_club_still_counts_when_the_main_clause_names_none():
    text = "Brendan Rodgers, who won the treble with Celtic, left the club on Monday."
    assert _clubs(text, "Brendan Rodgers", "left") == {"Celtic"}


def test_quitting_after_a_defeat_by_a_club_keeps_the_asides_club():
    text = "Gary Rowett, who guided Millwall into the play-offs, resigned after a heavy defeat by Leeds."
    assert "Leeds United" not in _clubs(text, "Gary Rowett", "resigned")


# --- bracketed initials name the body just named -------------------------------------------------


def test_bracketed_initials_after_a_federation_are_that_federations():
    text = (
        "The Jordan Football Association (JFA) on Wednesday appointed Jamal Sellami as head coach "
        "of the national team."
    )
    assert _clubs(text, "Jamal Sellami", "appointed") == {"Jordan"}


def test_initials_owned_by_another_country_do_not_move_the_post_there():
    text = (
        "The Jordan Football Association (JFA) said on Monday that Hussein Ammouta had been "
        "sacked as coach of the national team."
    )
    assert "Japan" not in _clubs(text, "Hussein Ammouta", "dismissed")


# --- "the B team": a squad letter, no club called "B" --------------------------------------------


def test_coach_of_the_b_team_is_the_story_clubs_reserve_squad():
    text = (
        "Villarreal have appointed Pacheta as their new head coach. "
        "Miguel Ángel Tena, coach of the B team, took charge of the side on an interim basis."
    )
    keys = keys_of(text)
    assert not any(club == "B" for _, club, _, _ in keys)
    assert ("Miguel Ángel Tena", "Villarreal", "reserve", "in_charge") in keys


def test_manager_of_the_b_side_is_no_club_named_b():
    text = (
        "Barcelona sacked their coach on Sunday. Rafa Márquez, manager of the B side, will take "
        "temporary charge."
    )
    assert not any(club == "B" for _, club, _, _ in keys_of(text))


# --- "succeeding his compatriot X": X is the man replaced -----------------------------------------


def test_succeeding_his_compatriot_is_the_compatriot_who_leaves():
    text = (
        "The Iraq Football Association on Sunday named Spanish coach Pablo Ruiz to lead the "
        "national team, succeeding his compatriot Javier Ortiz."
    )
    assert _clubs(text, "Javier Ortiz", "left") == {"Iraq"}
    assert not _clubs(text, "Pablo Ruiz", "left")


def test_replacing_his_fellow_countryman_is_that_man_who_leaves():
    text = "Leeds United appointed Daniel Farke as manager, replacing his fellow German Jesse Marsch."
    assert _clubs(text, "Jesse Marsch", "left") == {"Leeds United"}
    assert not _clubs(text, "Daniel Farke", "left")


# --- a women's-football story told by its league or tournament: unnamed posts are women's too -------


def test_serie_a_femminile_story_makes_a_coachs_other_clubs_womens():
    text = (
        "Roma Women on Friday unveiled Luca Ferri as their new head coach, replacing "
        "Mark Dawson. Ferri was in charge of Sassuolo in Serie A Femminile for three seasons. "
        "Dawson left in May to take charge of Chelsea. "
        "The Englishman had earlier coached Everton Women and Melbourne Victory."
    )
    keys = keys_of(text)
    assert ("Mark Dawson", "Melbourne Victory", "women", "in_charge") in keys
    assert ("Mark Dawson", "Melbourne Victory", "first_team", "in_charge") not in keys


def test_womens_world_cup_story_makes_an_unnamed_national_post_womens():
    text = (
        "Lena Berg has left her role as England women's head coach, the FA confirmed on Monday. "
        "Berg took charge of England in 2021 and guided them to the 2023 Women's World Cup final. "
        "Rehanne Skinner took interim charge of Netherlands for the Nations League."
    )
    keys = keys_of(text)
    assert ("Rehanne Skinner", "Netherlands", "national_women", "appointed") in keys
    assert ("Rehanne Skinner", "Netherlands", "national", "appointed") not in keys


def test_a_mens_world_cup_story_keeps_the_national_team_the_mens():
    text = (
        "Gareth Southgate has left his role as England manager, the FA confirmed on Monday. "
        "Southgate took over England in 2016 and led them to the semi-finals of the 2018 World Cup. "
        "Lee Carsley took interim charge for the Nations League."
    )
    keys = keys_of(text)
    assert not any(squad.startswith("national_women") for _, _, squad, _ in keys)
