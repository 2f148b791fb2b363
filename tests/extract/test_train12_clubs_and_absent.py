"""Coaches the extractor named without any fact, or with the wrong club: given names written as
initials, aides named before their title ("brings with him X as assistant coach"), the French
"seconded by" of translated reports (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

# --- given names written as initials ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Orlando City have hired T.J. Harrison as their new head coach.",
            ("T.J. Harrison", "Orlando City", "first_team", "appointed"),
        ),
        (
            "Columbus Crew sacked A.J. Morton on Monday after a run of six defeats.",
            ("A.J. Morton", "Columbus Crew", "first_team", "dismissed"),
        ),
    ],
)
def test_initials_open_a_name(text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in keys_of(text)


def test_country_initials_are_nobody() -> None:
    coaches = {
        k[0] for k in keys_of("U.S. Soccer named Mauricio Pochettino as head coach of the national team.")
    }
    assert coaches == {"Mauricio Pochettino"}


# --- an aide named before his title ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "aide", "club", "squad"),
    [
        (
            "Besiktas appointed Giovanni van Bronckhorst. Van Bronckhorst brings with him his compatriot "
            "Roy Makaay as assistant coach.",
            "Roy Makaay",
            "Beşiktaş",
            "first_team",
        ),
        (
            "Ghana appointed Otto Addo as head coach. The German-born coach will work with his countryman "
            "George Boateng as second assistant.",
            "George Boateng",
            "Ghana",
            "national",
        ),
        (
            "Hull City named Tim Walter as head coach. Walter is bringing with him Marco Kurth as his "
            "assistant.",
            "Marco Kurth",
            "Hull City",
            "first_team",
        ),
    ],
)
def test_aide_named_before_his_title_joins_the_new_post(text: str, aide: str, club: str, squad: str) -> None:
    assert (aide, club, squad, "appointed") in keys_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a player, not an aide
        "Hull City named Tim Walter as head coach. Walter will work with Jaden Philogene as captain.",
        # the head coach himself, not an aide
        "Hull City named Andy Dawson as sporting director. He will work with Tim Walter as head coach.",
    ],
)
def test_no_aide_appointment_without_a_new_aide(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[3] == "appointed" and k[0] in ("Marco Kurth", "Jaden Philogene") for k in keys)
    assert not any(k[0] == "Tim Walter" and k[3] == "appointed" and "sporting director" in text for k in keys)


# --- "seconded by": the translated "secondé par" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "aide", "club", "squad"),
    [
        (
            "The federation named Tom Saintfiet as coach of Mali. The Belgian will be seconded by "
            "Fousseni Diawara.",
            "Fousseni Diawara",
            "Mali",
            "national",
        ),
        (
            "Guinea appointed Kaba Diawara as coach. He will be seconded in his staff by his compatriot "
            "Morlaye Camara.",
            "Morlaye Camara",
            "Guinea",
            "national",
        ),
    ],
)
def test_seconded_by_names_the_new_aide(text: str, aide: str, club: str, squad: str) -> None:
    assert (aide, club, squad, "appointed") in keys_of(text)


def test_a_seconded_player_is_no_aide() -> None:
    # a loan, not a staff: "seconded to" a club
    keys = keys_of("Guinea appointed Kaba Diawara as coach. Defender Ibrahima Conte was seconded to Metz.")
    assert not any(k[0] == "Ibrahima Conte" for k in keys)
    assert ("Kaba Diawara", "Guinea", "national", "appointed") in keys


# --- the aide joins the post his boss holds now, not one his career passed through -----------------


@pytest.mark.parametrize(
    ("text", "aide", "club"),
    [
        (
            "Swedish coach Jens Berg has been appointed head coach of Norwegian club Molde. Berg leaves "
            "Danish side Randers, where he took over in January. He made his name with Lyngby, whom he led "
            "to the Superliga. Berg will bring with him his assistant Lars Holm from Randers.",
            "Lars Holm",
            "Molde",
        ),
        (
            "Hibernian have named Nick Montgomery as head coach. Montgomery leaves Central Coast "
            "Mariners, where he took over in 2022, after winning the A-League. He previously worked at "
            "Sheffield United. He brings his assistant Sergio Raimundo with him from the Mariners.",
            "Sergio Raimundo",
            "Hibernian",
        ),
    ],
)
def test_aide_joins_the_post_his_boss_has_not_left(text: str, aide: str, club: str) -> None:
    clubs = {k[1] for k in keys_of(text) if k[0] == aide and k[3] == "appointed"}
    assert clubs == {club}


def test_aide_of_a_boss_with_one_post_is_unchanged() -> None:
    text = (
        "Rosenborg have appointed Kjetil Rekdal as head coach. Rekdal took over at Aalesund in 2019 and "
        "later coached HamKam. He will bring his assistant Tor Lund with him."
    )
    assert ("Tor Lund", "Rosenborg", "first_team", "appointed") in keys_of(text)
