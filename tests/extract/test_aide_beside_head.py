"""The second coach of a sentence: a head coach named inside his aide's career ("worked as an assistant
to Y at C", "X, currently Y's assistant at C", "as co-trainer of Y at C"). Both men held a post at C:
the head coach's spell and the aide's own, as his assistant. A player or an agent beside a coach holds
no post."""

from __future__ import annotations

import pytest
from extract_helpers import events_of, facts_of, keys_of


@pytest.mark.parametrize(
    ("text", "aide", "boss", "clubs"),
    [
        # apposed, with an adverb before the boss's possessive
        (
            "Celtic are expected to turn to Sander Vos, currently Jurgen Maas's assistant at Feyenoord.",
            "Sander Vos",
            "Jurgen Maas",
            ["Feyenoord"],
        ),
        # the subject far from the aide's title, after other clauses
        (
            "Hearts named Owen Price as manager. Price previously coached the Wales under-21s and won the "
            "Welsh Cup with The New Saints in 2019, and in between worked as an assistant to Gary Doyle at "
            "Cardiff City.",
            "Owen Price",
            "Gary Doyle",
            ["Cardiff City"],
        ),
        # a gerund after the subject's own career
        (
            "Hearts named Owen Price as manager. Price started out with the academy of Swansea City, before "
            "becoming the assistant of Gary Doyle at Cardiff City.",
            "Owen Price",
            "Gary Doyle",
            ["Cardiff City"],
        ),
        # an adverbial between the copula and the title
        (
            "Hearts named Owen Price as manager. Price, 44, was for three seasons the assistant of "
            "Gary Doyle at Cardiff City.",
            "Owen Price",
            "Gary Doyle",
            ["Cardiff City"],
        ),
        # a long stretch told before the title, two clubs after it
        (
            "Hearts named Owen Price as manager. Price spent the best part of ten years as Gary Doyle's "
            "right-hand man at Cardiff City and Swansea City.",
            "Owen Price",
            "Gary Doyle",
            ["Cardiff City", "Swansea City"],
        ),
        # the German title "co-trainer", the verb understood from the clause before
        (
            "Mainz have hired Jonas Weber. Before, he was active for Hansa Rostock, and as co-trainer of "
            "Dieter Kahl at Werder Bremen.",
            "Jonas Weber",
            "Dieter Kahl",
            ["Werder Bremen"],
        ),
    ],
)
def test_aide_holds_a_post_beside_his_head_coach(text: str, aide: str, boss: str, clubs: list[str]) -> None:
    keys = keys_of(text)
    for club in clubs:
        assert any(k[0] == aide and club in k[1] and k[3] == "in_charge" for k in keys), (aide, club)
        assert any(k[0] == boss and club in k[1] and k[3] == "in_charge" for k in keys), (boss, club)


def test_co_trainer_of_names_the_boss_not_a_club() -> None:
    text = "Mainz have hired Jonas Weber. Before, he worked as co-trainer of Dieter Kahl at Werder Bremen."
    keys = keys_of(text)
    assert not any(k[1] == "Dieter Kahl" for k in keys)
    assert ("Dieter Kahl", "Werder Bremen", "first_team", "in_charge") in keys


@pytest.mark.parametrize(
    "text",
    [
        # a player beside the coach: no aide's title
        "Celtic are expected to turn to Sander Vos, currently Jurgen Maas's captain at Feyenoord.",
        "Hearts named Owen Price as manager. Price, 44, was for three seasons a player under Gary Doyle at "
        "Cardiff City.",
        # an agent is no coach
        "Celtic are expected to turn to Sander Vos, currently Jurgen Maas's agent at Feyenoord.",
    ],
)
def test_no_post_beside_a_coach_without_an_aides_title(text: str) -> None:
    keys = keys_of(text)
    aides, clubs = ("Sander Vos", "Owen Price"), ("Feyenoord", "Cardiff City")
    assert not any(k[0] in aides and k[1] in clubs for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        # the aide's post still to come: his appointment, not a spell beside the boss
        "Hearts named Owen Price as manager. Price will leave to become the assistant of Gary Doyle at "
        "Cardiff City.",
        # the aide named after the clubs: that man, not the sentence's subject
        "Hearts named Owen Price as manager. Price hired Gary Doyle's assistant at Cardiff City, Tom Reed, "
        "as his number two.",
    ],
)
def test_subject_is_no_aide_of_a_post_to_come_or_of_another_man(text: str) -> None:
    keys = keys_of(text)
    assert not any(k[0] == "Owen Price" and k[1] == "Cardiff City" and k[3] == "in_charge" for k in keys)


@pytest.mark.parametrize(
    ("text", "club", "event"),
    [
        # no other man in the sentence: "he" is the man the story is about, not the boss he served
        (
            "Hertha named Lukas Brandt as coach. After several years as assistant to Dieter Kahl at Mainz, "
            "he was head coach of Union Berlin from 2017 to 2021.",
            "Union Berlin",
            "in_charge",
        ),
        # the subject named first: "he" goes back to him past the boss's possessive
        (
            "Hertha named Lukas Brandt as coach. Brandt had been Dieter Kahl's number two at Mainz before "
            "Union Berlin hired him, and he was sacked there in 2019.",
            "Union Berlin",
            "dismissed",
        ),
    ],
)
def test_he_after_the_boss_an_aide_served_is_the_aide(text: str, club: str, event: str) -> None:
    keys = keys_of(text)
    assert any(k[0] == "Lukas Brandt" and club in k[1] and k[3] == event for k in keys)
    assert not any(k[0] == "Dieter Kahl" and club in k[1] for k in keys)


def test_staff_when_the_team_won_is_both_mens_spell() -> None:
    text = (
        "Hertha named Lukas Brandt as coach. The 44-year-old was part of Dieter Kahl's staff when Germany "
        "won the 2014 World Cup."
    )
    keys = keys_of(text)
    assert ("Dieter Kahl", "Germany", "national", "in_charge") in keys
    assert ("Lukas Brandt", "Germany", "national", "in_charge") in keys


@pytest.mark.parametrize(
    "text",
    [
        "Hertha named Lukas Brandt as coach. The 44-year-old was Dieter Kahl's captain when Germany won the "
        "2014 World Cup.",
        "Hertha named Lukas Brandt as coach. The 44-year-old was in Dieter Kahl's squad when Germany won the "
        "2014 World Cup.",
    ],
)
def test_a_player_under_the_boss_holds_no_staff_post(text: str) -> None:
    assert not any(k[0] == "Lukas Brandt" and k[1] == "Germany" for k in keys_of(text))


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        (
            "Lyon appointed Marc Dubois as head coach. Dubois will be assisted by Paul Girard, who worked "
            "with him at Nantes and Rennes.",
            ["Nantes", "Rennes"],
        ),
        # the clubs by their towns, named in full earlier in the story
        (
            "Lyon appointed Marc Dubois as head coach. Dubois previously coached FC Lorient and Stade "
            "Brestois. He will be assisted by Paul Girard, who worked with him in Lorient.",
            ["Lorient"],
        ),
    ],
)
def test_companion_of_an_aide_passive_holds_the_posts_he_shared(text: str, clubs: list[str]) -> None:
    keys = keys_of(text)
    for club in clubs:
        assert any(k[0] == "Paul Girard" and club in k[1] and k[3] == "in_charge" for k in keys), club


def test_a_companion_with_no_staff_word_is_no_aide() -> None:
    text = (
        "Lyon appointed Marc Dubois as head coach. Dubois was welcomed by president Jean Roux, who worked "
        "with him at Nantes."
    )
    assert not any(k[0] == "Jean Roux" for k in keys_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Getafe named Luis Mora as coach. For eight years he was Pablo Ruiz's assistant, following him to "
        "Osasuna and Real Betis.",
        "Getafe named Luis Mora as coach. Mora was Pablo Ruiz's long-time number two, accompanying him to "
        "Osasuna and Real Betis.",
    ],
)
def test_aide_following_his_head_coach_to_clubs(text: str) -> None:
    keys = keys_of(text)
    for club in ("Osasuna", "Betis"):
        assert any(k[0] == "Pablo Ruiz" and club in k[1] and k[3] == "in_charge" for k in keys), club
        assert any(k[0] == "Luis Mora" and club in k[1] and k[3] == "in_charge" for k in keys), club


def test_a_player_following_his_coach_is_no_aide() -> None:
    text = (
        "Getafe named Luis Mora as coach. For eight years he was Pablo Ruiz's captain, following him to "
        "Osasuna and Real Betis."
    )
    assert not any(k[0] == "Luis Mora" and k[1] != "Getafe" for k in keys_of(text))


def _role_at(text: str, coach: str, club: str) -> set[str]:
    return {
        f["role"]
        for f in facts_of(text)
        if f["coach"] == coach and club in f["club"] and f["event"] == "in_charge"
    }


@pytest.mark.parametrize(
    ("text", "boss", "clubs"),
    [
        ("Jesus Navas thanked Unai Emery's assistant at Sevilla for his advice.", "Unai Emery", ["Sevilla"]),
        ("Jesus Navas was spotted by Unai Emery's assistant at Sevilla.", "Unai Emery", ["Sevilla"]),
        ("Jesus Navas credits Unai Emery's staff at Sevilla for his development.", "Unai Emery", ["Sevilla"]),
        (
            "Jesus Navas was a favourite of Vicente del Bosque's staff when Spain won the World Cup.",
            "Vicente del Bosque",
            ["Spain"],
        ),
        (
            "Jesus Navas praised Unai Emery's right-hand man, following him to Sevilla, Valencia and "
            "Arsenal.",
            "Unai Emery",
            ["Sevilla", "Valencia", "Arsenal"],
        ),
        ("Jesus Navas met the assistant of Unai Emery at Sevilla last week.", "Unai Emery", ["Sevilla"]),
    ],
)
def test_a_man_beside_the_bosss_aide_is_no_aide(text: str, boss: str, clubs: list[str]) -> None:
    """The clause's first man is the aide only as the subject of a link to the post ("was", "worked as",
    "was part of"): thanking, meeting or being spotted by the boss's aide gives him no post."""
    for club in clubs:
        assert "head_coach" in _role_at(text, boss, club), (boss, club)  # the boss's spell still read
        assert not _role_at(text, "Jesus Navas", club), club


@pytest.mark.parametrize(
    ("text", "clubs"),
    [
        ("Pablo Villar was Unai Emery's assistant at Sevilla.", ["Sevilla"]),
        ("Pablo Villar was part of Unai Emery's staff at Sevilla.", ["Sevilla"]),
        ("Pablo Villar was part of Vicente del Bosque's staff when Spain won the World Cup.", ["Spain"]),
        (
            "Pablo Villar was Unai Emery's right-hand man, following him to Sevilla, Valencia and Arsenal.",
            ["Sevilla", "Valencia", "Arsenal"],
        ),
        ("Pablo Villar served as Unai Emery's assistant at Sevilla.", ["Sevilla"]),
    ],
)
def test_the_subject_linked_to_the_bosss_staff_is_the_aide(text: str, clubs: list[str]) -> None:
    for club in clubs:
        assert "assistant_coach" in _role_at(text, "Pablo Villar", club), club


def test_he_after_a_boss_named_in_passing_is_that_boss() -> None:
    """'He' goes to the aide only where the aide is the sentence's subject: a board losing faith in
    Y's staff leaves Y the pronoun's man, not the story's main man."""
    text = (
        "Arsenal appointed Mikel Arteta as head coach on Friday. The board had lost faith in Unai Emery's "
        "staff, and he was sacked in November."
    )
    events = events_of(text)
    assert ("Mikel Arteta", "Arsenal", "appointed") in events
    assert ("Unai Emery", "Arsenal", "dismissed") in events
    assert ("Mikel Arteta", "Arsenal", "dismissed") not in events
