"""Which club a fact naming none is about, as the story moves: a sentence opening on an unnamed
national team ('The national team job had been vacant since …') is about the country the story
names; 'Sweden's most successful club' is a club, not Sweden's team; a wire dateline's club town
is not the subject when a club follows it; a career item told with 'also' is background, not a
move the story follows; a club said to look for a successor stays the vacancy in view though the
story's appointee left it; a squad named with no club is a team of the club whose other team the
same clause named ('coached Braga's under-23s before his promotion to the first team')."""

from __future__ import annotations

from extract_helpers import keys_of

# --- "The national team job had been vacant since X was sacked": the country, not the club in view ---


def test_opening_national_team_job_is_the_countrys_vacancy() -> None:
    keys = keys_of(
        "Celtic manager Ange Postecoglou will leave the Scottish champions to take charge of the "
        "Australian men's national team, the federation said. He took over at Celtic in June 2021 and "
        "won two league titles. The national team job had been vacant since Graham Arnold was sacked "
        "in October."
    )
    assert ("Graham Arnold", "Australia", "national", "dismissed") in keys
    assert not any(k[0] == "Graham Arnold" and k[1] == "Celtic" for k in keys)


def test_opening_national_side_post_left_open_is_the_topic_country() -> None:
    keys = keys_of(
        "Peru have named Jorge Fossati as head coach of the national team. Fossati, 71, previously "
        "coached Universitario. The national side had been without a coach since Juan Reynoso was "
        "dismissed in December."
    )
    assert ("Juan Reynoso", "Peru", "national", "dismissed") in keys
    assert not any(k[0] == "Juan Reynoso" and k[1] == "Universitario" for k in keys)


# --- "Sweden's most successful club endured …": a club of that country, not its national team ------


def test_countrys_most_successful_club_is_not_its_national_team() -> None:
    keys = keys_of(
        "Rosenborg on Monday named Alfred Johansson as their new head coach. Norway's most successful "
        "club endured a poor season in 2023. Erik Hamren took interim charge after Kjetil Rekdal was "
        "sacked in August."
    )
    assert ("Kjetil Rekdal", "Rosenborg", "first_team", "dismissed") in keys
    assert not any(k[1] == "Norway" for k in keys)


def test_a_national_team_opening_a_sentence_still_is_its_team() -> None:
    keys = keys_of(
        "Rosenborg named Alfred Johansson as head coach on Monday. Norway have appointed Stale Solbakken "
        "as their coach."
    )
    assert ("Ståle Solbakken", "Norway", "national", "appointed") in keys or (
        "Stale Solbakken",
        "Norway",
        "national",
        "appointed",
    ) in keys


# --- "SAO PAULO (Reuters) - Palmeiras …": the dateline's club town is not the sentence's subject ---


def test_dateline_club_town_gives_way_to_the_club_after_it() -> None:
    keys = keys_of(
        "MILAN, Oct 30 (Reuters) - Monza on Friday appointed Raffaele Palladino, who leaves the youth "
        "set-up to take charge of the first team. The 39-year-old replaces Giovanni Stroppa, who was "
        "sacked on Oct. 14 after a home defeat."
    )
    assert ("Giovanni Stroppa", "Monza", "first_team", "dismissed") in keys
    assert not any(k[1] == "AC Milan" for k in keys)


def test_dateline_club_town_alone_still_frames_the_story() -> None:
    keys = keys_of("PALERMO - The club have sacked Giuseppe Iachini after a run of defeats.")
    assert ("Giuseppe Iachini", "Palermo", "first_team", "dismissed") in keys


# --- "He also coached C": a career item, the story does not follow him there -----------------------


def test_career_item_told_with_also_keeps_the_vacancy_in_view() -> None:
    keys = keys_of(
        "Tunisia on Monday appointed Faouzi Benzarti as head coach of the national team. "
        "Benzarti had coached Esperance to the African title. He also managed Morocco's Wydad Casablanca. "
        "Former Tunisia assistant Jalel Kadri had been among the candidates for the job."
    )
    assert ("Jalel Kadri", "Tunisia", "national", "linked") in keys
    assert not any(k[0] == "Jalel Kadri" and k[1] == "Wydad Casablanca" for k in keys)


def test_career_move_still_moves_the_story_there() -> None:
    keys = keys_of(
        "Ipswich Town have appointed Kieran McKenna. He joined Manchester United in 2016 as under-18s "
        "coach. He was promoted when Jose Mourinho was sacked in December 2018."
    )
    assert ("José Mourinho", "Manchester United", "first_team", "dismissed") in keys or (
        "Jose Mourinho",
        "Manchester United",
        "first_team",
        "dismissed",
    ) in keys


# --- "C have yet to name a successor. X is among the candidates": C's vacancy -----------------------


def test_club_seeking_a_successor_is_the_vacancy_of_the_candidates() -> None:
    keys = keys_of(
        "Brighton hired Fabian Hurzeler as head coach on Saturday, prising him away from St. Pauli after "
        "a title-winning season. St. Pauli have yet to name a successor. Alexander Blessin, formerly of "
        "Genoa, is among the candidates according to local media."
    )
    assert ("Alexander Blessin", "FC St. Pauli", "first_team", "linked") in keys or (
        "Alexander Blessin",
        "St. Pauli",
        "first_team",
        "linked",
    ) in keys
    assert not any(k[0] == "Alexander Blessin" and k[1] == "Brighton & Hove Albion" for k in keys)


def test_club_searching_for_a_new_coach_keeps_the_candidates() -> None:
    keys = keys_of(
        "Leicester City have appointed Enzo Maresca, who leaves Manchester City's staff. Manchester City "
        "will now look for a new assistant. Steve Cooper is among the candidates at Leicester."
    )
    assert ("Steve Cooper", "Leicester City", "first_team", "linked") in keys


def test_club_left_with_no_search_stays_an_aside() -> None:
    keys = keys_of(
        "Brighton hired Fabian Hurzeler as head coach on Saturday, prising him away from St. Pauli. "
        "St. Pauli finished top of the league. Alexander Blessin is among the candidates to join his "
        "staff."
    )
    assert not any(k[0] == "Alexander Blessin" and "Pauli" in (k[1] or "") for k in keys)
    assert ("Fabian Hurzeler", "Brighton & Hove Albion", "first_team", "appointed") in keys


# --- "coached C's B team before he was promoted to the first team": C's first team ----------------


def test_squad_with_no_club_after_the_clubs_other_team_is_that_clubs() -> None:
    keys = keys_of(
        "Benfica have appointed Bruno Lage as head coach. Lage coached Benfica's B team, and before that "
        "Sporting coached Ruben Amorim. Amorim coached Braga's under-23s before he was promoted to the "
        "first team in 2019."
    )
    assert ("Rúben Amorim", "Braga", "first_team", "appointed") in keys or (
        "Ruben Amorim",
        "Braga",
        "first_team",
        "appointed",
    ) in keys


def test_squad_in_another_clause_does_not_lend_its_club() -> None:
    keys = keys_of(
        "Angel City announced that Karin Olsen, who has coached Wolfsburg's women's team since "
        "2021, will take over on July 1, after the Frauen-Bundesliga season ends."
    )
    assert not any(k[1] == "VfL Wolfsburg" and k[3] == "appointed" for k in keys)
    assert ("Karin Olsen", "Angel City FC", "women", "appointed") in keys


# --- "Assistant X also leaves to join Williams' staff": the club his boss left, not the new one ----


def test_aide_leaving_to_join_his_boss_leaves_the_bosss_old_club() -> None:
    keys = keys_of(
        "Kieran McKenna has left Ipswich Town to become the new manager of Premier League side Brighton. "
        "McKenna, 38, took charge at Brighton on Tuesday after compensation had been agreed. "
        "Assistant manager Martyn Pert also leaves to join McKenna's staff on the south coast."
    )
    assert ("Martyn Pert", "Ipswich Town", "first_team", "left") in keys
    assert not any(k[0] == "Martyn Pert" and k[3] == "left" and k[1] != "Ipswich Town" for k in keys)


def test_aide_leaving_to_follow_him_leaves_the_bosss_old_club() -> None:
    keys = keys_of(
        "Steve Cooper has left Nottingham Forest to take charge of Leicester City. Cooper, 44, took over "
        "at Leicester on Monday. Assistant coach Alan Tate will leave to follow him."
    )
    assert ("Alan Tate", "Nottingham Forest", "first_team", "left") in keys


def test_aides_leaving_along_with_a_sacked_boss_leave_his_post() -> None:
    keys = keys_of(
        "Chelsea have sacked Graham Potter after seven months in charge. Potter was appointed in "
        "September after leaving Brighton. Potter's assistants Billy Reid and Bjorn Hamberg leave along "
        "with him."
    )
    assert ("Billy Reid", "Chelsea", "first_team", "left") in keys
    assert not any(k[0] == "Billy Reid" and k[1] == "Brighton & Hove Albion" for k in keys)


# --- "the then coach of Benfica B was called to replace Y, who was sacked": Y's post is the senior side


# --- "reuniting Messi with a former Barcelona and Argentina teammate days after X stepped down" ----


def test_a_players_teams_are_not_the_post_a_coach_left() -> None:
    keys = keys_of(
        "Los Angeles FC hired Steven Gerrard as coach on Tuesday, reuniting him with a former Liverpool "
        "and England teammate three days after Steve Cherundolo stepped down for personal reasons."
    )
    assert ("Steve Cherundolo", "Los Angeles FC", "first_team", "resigned") in keys
    assert not any(k[0] == "Steve Cherundolo" and k[1] in ("England", "Liverpool") for k in keys)


def test_a_club_named_as_a_strikers_team_is_not_the_post() -> None:
    keys = keys_of(
        "Wrexham appointed Phil Parkinson, with the former Chelsea striker Tore Andre Flo in the crowd, "
        "a week after Dean Keates resigned."
    )
    assert not any(k[0] == "Dean Keates" and k[1] == "Chelsea" for k in keys)
    assert ("Dean Keates", "Wrexham", "first_team", "resigned") in keys


def test_a_club_left_right_before_the_exit_still_counts() -> None:
    keys = keys_of("Inter Miami coach Gerardo Martino stepped down for personal reasons on Friday.")
    assert ("Gerardo Martino", "Inter Miami", "first_team", "resigned") in keys


# --- "his contract with the federation finished and he was replaced by Y": the national team -------


def test_federation_in_a_club_story_is_the_national_team_in_view() -> None:
    keys = keys_of(
        "Marco Rossi is the new coach of Al-Ittihad. The Saudi club made the announcement on Monday. "
        "It is his first job in Asia for the former selector, who led the Hungary national team at Euro "
        "2024. Before, he worked at Honved, where he won the title in 2017. After the Euro, his contract "
        "with the federation expired and he was replaced by Zoltan Gera."
    )
    assert ("Zoltan Gera", "Hungary", "national", "appointed") in keys
    assert ("Marco Rossi", "Hungary", "national", "left") in keys
    assert not any(k[0] == "Zoltan Gera" and k[1] == "Al-Ittihad" for k in keys)


def test_football_association_sacking_is_the_national_teams() -> None:
    keys = keys_of(
        "Besiktas have appointed Ole Gunnar Solskjaer. Solskjaer once coached Norway's under-21s and "
        "Molde. Stale Solbakken led Norway for eight years. He was sacked by the Football Association "
        "in 2024 after a poor run."
    )
    assert not any(k[0] == "Ståle Solbakken" and k[1] in ("Beşiktaş", "Molde") for k in keys)
    assert ("Stale Solbakken", "Norway", "national", "dismissed") in keys


def test_federation_with_no_national_team_in_the_story_changes_nothing() -> None:
    keys = keys_of(
        "Legia Warsaw have sacked Goncalo Feio. After a row with the federation, he was replaced by "
        "Edward Iordanescu."
    )
    assert not any(k[1] in ("Poland", "Romania") for k in keys)
    assert ("Edward Iordanescu", "Legia Warsaw", "first_team", "appointed") in keys


# --- "He is best known for his work at C": a reputation, not a move the story follows -------------


def test_known_for_his_work_at_a_club_keeps_the_story_at_its_team() -> None:
    keys = keys_of(
        "Zlatko Dalic has been appointed head coach of the Croatia national team. In Croatia, Dalic is "
        "best known for his work at Dinamo Zagreb, where he won two titles. Ante Cacic was sacked in "
        "October after a poor run."
    )
    assert ("Ante Cacic", "Croatia", "national", "dismissed") in keys


def test_remembered_for_a_spell_keeps_the_story_at_its_team() -> None:
    keys = keys_of(
        "Zlatko Dalic has been appointed head coach of the Croatia national team. Dalic is best known for "
        "his work at Dinamo Zagreb. Interim coach Ivica Olic will return to the staff."
    )
    assert not any(k[0] == "Ivica Olic" and k[1] == "Dinamo Zagreb" for k in keys)
    assert ("Ivica Olic", "Croatia", "national", "in_charge") in keys


def test_a_move_told_plainly_still_moves_the_story() -> None:
    keys = keys_of(
        "Zlatko Dalic has been appointed head coach of the Croatia national team. Dalic joined Dinamo "
        "Zagreb in 2014. Ante Cacic was sacked there in October after a poor run."
    )
    assert not any(k[0] == "Ante Cacic" and k[1] == "Croatia" for k in keys)
    assert ("Ante Cacic", "Dinamo Zagreb", "first_team", "dismissed") in keys


# --- "worked at Watford, where he coached the under-23s": the where-clause's club, not the story's --


def test_youth_spell_told_plainly_stays_at_the_story_club() -> None:
    keys = keys_of("Luton Town have appointed Matt Bloomfield. He coached the under-18s before that.")
    assert not any(k[1] == "Ipswich Town" for k in keys)
    assert ("Matt Bloomfield", "Luton Town", "first_team", "appointed") in keys
