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
