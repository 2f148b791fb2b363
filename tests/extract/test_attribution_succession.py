"""'He replaces Y' after the story has moved to the club the new man left: Y's post is the one the
story gave the new man, not the club in view."""

from __future__ import annotations

from extract_helpers import keys_of

LEFT_CLUB_IN_VIEW = (
    "Former Mamelodi Sundowns coach Rulani Mokwena has been unveiled as the new head coach of Wydad "
    "Casablanca, the club confirmed on Tuesday.\n\n"
    "Mokwena left Sundowns at the end of the season after winning the league.\n\n"
    "Read more | Who will replace Mokwena? Five candidates for the Sundowns job\n\n"
    "He replaces Adil Ramzi, who was dismissed in April after a poor run. Assistant Hassan Benabicha has "
    "been in interim charge since then."
)

SUCCEEDS_AFTER_EXIT = (
    "Former Sporting Gijon coach Miguel Ramirez has been named head coach of Independiente del Valle. "
    "Ramirez left Sporting Gijon in March after a poor run, and Sporting have since named his successor. "
    "He succeeds Martin Anselmi, who left for Cruz Azul in December."
)


def test_replaced_man_was_sacked_by_the_new_club() -> None:
    keys = keys_of(LEFT_CLUB_IN_VIEW)
    assert ("Adil Ramzi", "Wydad AC", "first_team", "dismissed") in keys
    assert not any(k[0] == "Adil Ramzi" and k[1] == "Mamelodi Sundowns" for k in keys)


def test_stand_in_since_then_is_at_the_new_club() -> None:
    keys = keys_of(LEFT_CLUB_IN_VIEW)
    assert ("Hassan Benabicha", "Wydad AC", "first_team", "in_charge") in keys
    assert not any(k[0] == "Hassan Benabicha" and k[1] == "Mamelodi Sundowns" for k in keys)


def test_the_new_man_is_not_appointed_again_at_the_club_he_left() -> None:
    keys = keys_of(LEFT_CLUB_IN_VIEW)
    assert ("Rulani Mokwena", "Mamelodi Sundowns", "first_team", "appointed") not in keys
    assert ("Rulani Mokwena", "Mamelodi Sundowns", "first_team", "left") in keys


def test_replaced_man_who_left_for_another_club_left_the_new_mans_post() -> None:
    keys = keys_of(SUCCEEDS_AFTER_EXIT)
    assert ("Martin Anselmi", "Independiente del Valle", "first_team", "left") in keys
    assert ("Martin Anselmi", "Cruz Azul", "first_team", "appointed") in keys
    assert not any(k[0] == "Martin Anselmi" and k[1] == "Sporting Gijón" for k in keys)
    assert ("Miguel Ramirez", "Sporting Gijón", "first_team", "appointed") not in keys


def test_a_framing_club_still_names_an_earlier_post() -> None:
    keys = keys_of(
        "Hertha Berlin appointed Tayfun Korkut on Sunday. At Leverkusen he had replaced Roger Schmidt, "
        "who was sacked in March 2017."
    )
    assert ("Roger Schmidt", "Bayer Leverkusen", "first_team", "dismissed") in keys
    assert ("Tayfun Korkut", "Bayer Leverkusen", "first_team", "appointed") in keys


def test_exit_told_in_the_after_clause_of_a_hiring_is_from_the_hiring_club() -> None:
    keys = keys_of(
        "Perth Glory have appointed Dean Hollis as head coach, less than a fortnight after "
        "Rob Kelly left to take charge of the Young Socceroos."
    )
    assert ("Rob Kelly", "Perth Glory", "first_team", "left") in keys
    assert ("Dean Hollis", "Perth Glory", "first_team", "appointed") in keys


def test_succession_after_an_exit_to_a_national_team_is_at_the_national_team() -> None:
    keys = keys_of(
        "Western United have named John Aloisi as head coach, a week after Mark Rudan left to take charge "
        "of the Socceroos. Rudan replaced Graham Arnold, who stepped down in September."
    )
    assert ("Mark Rudan", "Western United", "first_team", "left") in keys
    assert ("Graham Arnold", "Australia", "national", "resigned") in keys
    assert not any(k[0] == "Graham Arnold" and k[1] == "Western United" for k in keys), keys


def test_hiring_club_is_not_taken_for_an_exit_outside_its_after_clause() -> None:
    keys = keys_of(
        "Brisbane Roar have appointed Ross Aloisi as head coach. Warren Moon left to join Perth Glory."
    )
    assert not any(k[0] == "Warren Moon" and k[1] == "Brisbane Roar" for k in keys), keys
    assert ("Ross Aloisi", "Brisbane Roar", "first_team", "appointed") in keys


def test_club_nickname_and_the_man_the_side_climbed_under() -> None:
    keys = keys_of(
        "St Patrick's Athletic have appointed Stephen Kenny as manager. Pats were ninth when Tim Clancy was "
        "dismissed but climbed to fourth under caretaker Jon Daly."
    )
    assert ("Tim Clancy", "St Patrick's Athletic", "first_team", "dismissed") in keys
    assert not any(k[0] == "Jon Daly" and k[3] == "dismissed" for k in keys), keys
