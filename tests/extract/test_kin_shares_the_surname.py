"""A given name after a word of the family ("his brother Gary", "X's son Dario", "Her father Mircea") is
that family's member: he carries its surname, so a later bare "Gary" is him too."""

from __future__ import annotations

from extract_helpers import keys_of


def test_his_brother_takes_the_story_mans_surname():
    text = (
        "Rotherham have appointed Paul Hartley as manager. Hartley once worked under his brother Tom, "
        "who was head coach of Falkirk from 2015 to 2018."
    )
    keys = keys_of(text)
    assert ("Tom Hartley", "Falkirk", "first_team", "in_charge") in keys


def test_a_named_fathers_son():
    text = (
        "Porto have appointed Sérgio Conceição as head coach. Conceição's son Rodrigo will be his assistant."
    )
    keys = keys_of(text)
    assert any(k[0] == "Rodrigo Conceição" and k[1] == "FC Porto" for k in keys)


def test_later_bare_given_name_is_the_relative():
    text = (
        "Valencia have sacked Paulo Fonseca. His brother Rui was then appointed head coach of Vitória "
        "Guimarães. Rui signed until 2026."
    )
    keys = keys_of(text)
    assert any(k[0] == "Rui Fonseca" and k[3] == "appointed" for k in keys)


def test_a_wife_keeps_her_own_name():
    """Near miss: a wife, an in-law or a cousin may have another surname; nothing is guessed."""
    text = (
        "Lazio have appointed Marco Baroni as head coach. His wife Giulia was at the presentation. "
        "Giulia coached Sassuolo's women from 2019."
    )
    assert not any(k[0] == "Giulia Baroni" for k in keys_of(text))


def test_a_family_word_without_a_name_after_it():
    """Near miss: 'his son' with no name after it registers nobody."""
    text = "Lazio have appointed Marco Baroni as head coach. His son attended the presentation with Tudor."
    assert not any(k[0].endswith(" Baroni") and k[0] != "Marco Baroni" for k in keys_of(text))


def test_his_is_the_man_named_most_by_surname_too():
    """'His' is the story's subject, counted by every naming: the outgoing man told by his surname after
    the lead ('Reid, 66, had left'), not the new man named once in full."""
    text = (
        "Peterhead have appointed Tom Baxter as manager following the departure of Ally Reid. "
        "The club said on Friday that Reid, 61, had gone by mutual agreement. His son Craig, who served as "
        "his assistant all along, has also left the club. Baxter, 45, previously managed Brechin City."
    )
    keys = keys_of(text)
    assert ("Craig Reid", "Peterhead", "first_team", "left") in keys
    assert ("Tom Baxter", "Brechin City", "first_team", "in_charge") in keys
    assert not any(k[0] == "Craig Baxter" for k in keys)


def test_his_is_the_new_man_when_the_story_follows_him():
    """Near miss: the new man told again by his surname is the one whose family it is."""
    text = (
        "Cove Rangers have appointed Tom Baxter as manager following the departure of Ally Reid. "
        "Baxter, 45, previously managed Brechin City. His brother Neil joins as assistant manager."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Neil Reid" for k in keys)
