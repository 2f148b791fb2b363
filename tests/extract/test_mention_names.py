"""Mention-level reading of names: a Korean family name alone after the full name, the nearest
full name before a shared surname, clubs named by a nationality and a side word, club short
names and academy grounds that are places; grounds named after someone, a home town, a live blog's
timestamp and a transcript's speaker label, which are no part of a name."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Thailand appointed Park Jin-woo as head coach in 2019. Park's contract ended in March 2022, after "
        "the Asian Cup qualifiers.",
        "Indonesia hired Park Jin-woo in 2019. Park left the job in March 2022, after the Asian Cup.",
    ],
)
def test_korean_family_name_alone_is_the_man_named_before(text):
    assert ("Park Jin-woo", "Thailand" if "Thailand" in text else "Indonesia", "national", "left") in keys_of(
        text
    )


def test_park_as_part_of_a_ground_is_nobody():
    text = (
        "Thailand appointed Park Jin-woo as head coach in 2019. The team lost at Villa Park in a friendly "
        "and Park Jin-woo was sacked in 2022."
    )
    coaches = {f["coach"] for f in facts_of(text)}
    assert coaches == {"Park Jin-woo"}


@pytest.mark.parametrize(
    ("text", "son", "father"),
    [
        (
            "Hungary appointed Tamas Kovacsik as head coach on Monday. Kovacsik had been in charge of "
            "Ferencvaros since 2019 and, like his predecessor, is the son of a famous coach, Ferenc "
            "Kovacsik, who took Hungary to the 1986 World Cup.",
            "Tamas Kovacsik",
            "Ferenc Kovacsik",
        ),
        (
            "Poland named Adam Wrobel as head coach on Monday. Wrobel left Lech Poznan in May, a club "
            "his father, Jerzy Wrobel, managed in the 1990s.",
            "Adam Wrobel",
            "Jerzy Wrobel",
        ),
    ],
)
def test_shared_surname_is_the_full_name_before_it_not_after(text, son, father):
    club = "Ferencváros" if "Ferencvaros" in text else "Lech Poznań"
    event = "in_charge" if "Ferencvaros" in text else "left"
    keys = keys_of(text)
    assert (son, club, "first_team", event) in keys
    assert (father, club, "first_team", event) not in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Portuguese Fernando Santos, who arrived in December, was sacked by Besiktas on Monday.",
            ("Fernando Santos", "Beşiktaş", "first_team", "dismissed"),
        ),
        (
            "The experienced Fernando Santos was appointed by Poland in January.",
            ("Fernando Santos", "Poland", "national", "appointed"),
        ),
        (
            "Ajax sacked Maurice Steijn in September and John van 't Schip took over as interim coach.",
            ("John van 't Schip", "Ajax", "first_team", "appointed"),
        ),
    ],
)
def test_names_with_a_club_word_or_a_particle_are_one_person(text, expected):
    assert expected in keys_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kawasaki F announced on Tuesday that Kenji Mori will take charge next season.",
            ("Kenji Mori", "Kawasaki Frontale", "first_team", "appointed"),
        ),
        (
            "Yokohama FM announced the appointment of Kenji Mori as their new manager.",
            ("Kenji Mori", "Yokohama F. Marinos", "first_team", "appointed"),
        ),
        (
            "He has also coached Guangzhou R&F, Shanghai SIPG and Shenzhen.",
            ("Ivan Horvat", "Shenzhen FC", "first_team", "in_charge"),
        ),
        (
            "Fukuoka announced the arrival of Kenji Mori, the former Sagan Tosu manager. Mori was sacked "
            "in August by Tosu.",
            ("Kenji Mori", "Sagan Tosu", "first_team", "dismissed"),
        ),
    ],
)
def test_club_short_names(text, expected):
    if expected[0] == "Ivan Horvat":
        text = "Ivan Horvat was a manager for twenty years. " + text
    assert expected in keys_of(text)


def test_a_city_alone_is_no_club_unless_the_article_names_it():
    text = "Kenji Mori was born in Sendai and was appointed by Kashima Antlers on Monday."
    assert {f["club"] for f in facts_of(text)} == {"Kashima Antlers"}


def test_an_academy_is_nobody():
    text = (
        "Arsenal have appointed Tom Birch as head coach of their under-18 side. Birch, who has worked "
        "at Hale End for six years, steps up from the under-16s."
    )
    assert {f["coach"] for f in facts_of(text)} == {"Tom Birch"}


@pytest.mark.parametrize("ground", ["Cormack Park", "Ferguson Road", "Lowry Lane"])
def test_a_ground_named_after_someone_is_no_person(ground):
    text = (
        "Hearts appointed Ola Berg as manager on Monday. "
        f"He will be joined at {ground} by assistant manager Kai Lund. "
        f'Chairman Dave {ground.split()[0]} said: "We are delighted."'
    )
    facts = {(f["coach"], f["club"], f["event"]) for f in facts_of(text)}
    assert ("Kai Lund", "Heart of Midlothian", "appointed") in facts
    assert not any(coach.startswith("Dave") for coach, _, _ in facts)


def test_live_blog_timestamp_is_no_part_of_a_name():
    text = (
        "14.32 BST Leeds United have sacked Marco Ferri after the derby defeat.\n\n"
        "15.05 BST Paul Dunne, the under-21 coach, takes interim charge of the team."
    )
    coaches = {f["coach"] for f in facts_of(text)}
    assert {"Marco Ferri", "Paul Dunne"} <= coaches
    assert not any("BST" in c for c in coaches)
    assert ("Marco Ferri", "Leeds United", "first_team", "dismissed") in keys_of(text)


def test_speaker_label_is_no_part_of_a_name():
    text = "ANNA: Everton have appointed Carl Moss as their new manager, which nobody saw coming."
    assert ("Carl Moss", "Everton", "first_team", "appointed") in keys_of(text)
    assert all(not f["coach"].startswith("ANNA") for f in facts_of(text))


def test_home_place_after_his_native_is_nobody():
    text = (
        "Leo Berg has been appointed Norway manager. Berg, a part-time teacher in his native Tromsdalen, "
        "stepped down as Faroe Islands head coach last month."
    )
    facts = facts_of(text)
    assert not any(f["coach"] == "Tromsdalen" for f in facts)
    assert ("Leo Berg", "Faroe Islands", "national", "resigned") in keys_of(text)
