"""A lead naming a squad of the story's club as an actor ('Japan's under-17 national team retained the
title', 'The Young Socceroos are champions') sets the squad the story is about: its coach and staff are
that squad's. Not a squad of a man's title, of a spell, or one named beside the senior side."""

from __future__ import annotations

from extract_helpers import keys_of


def test_national_under_17_team_as_the_leads_subject():
    text = (
        "Japan's under-17 national team retained the Asian Cup with a 3-0 win on Sunday, and coach "
        "Yoshiro Morita will continue to lead the side. "
        "The federation said assistant coach Kenji Sato and goalkeeping coach Masato Ito will stay with "
        "the team."
    )
    keys = keys_of(text)
    assert ("Kenji Sato", "Japan", "national_u17", "in_charge") in keys
    assert ("Masato Ito", "Japan", "national_u17", "in_charge") in keys
    assert not any(k[0] in ("Kenji Sato", "Masato Ito") and k[2] == "national" for k in keys)


def test_squad_nickname_as_the_leads_subject():
    text = (
        "The Young Socceroos are champions of Asia after beating Saudi Arabia on penalties, and coach "
        "Trevor Morrow will lead the side at the World Cup. "
        "Goalkeeping coach Ben Thorley has also been retained."
    )
    keys = keys_of(text)
    assert ("Ben Thorley", "Australia", "national_u20", "in_charge") in keys


def test_squad_of_a_mans_title_in_the_lead_is_no_topic():
    text = (
        "Club Brugge put reserve-team coach Nicky Hansen in charge after sacking Ronny Dahl on Monday. "
        "Assistant coach Kris Albers has also been retained."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Ronny Dahl" and k[2] == "reserve" for k in keys)
    assert not any(k[0] == "Kris Albers" and k[2] == "reserve" for k in keys)


def test_squad_of_a_spell_in_the_lead_is_no_topic():
    text = (
        "Fernando Torres is set for a promotion, following his fine work with the under-19 side of "
        "Atletico Madrid. "
        "Assistant coach Pablo Vercher has also been retained."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Pablo Vercher" and k[2] == "u19" for k in keys)


def test_a_move_at_the_club_tells_the_squad_again():
    text = (
        "Japan's under-17 national team retained the Asian Cup on Sunday, and coach Yoshiro Morita "
        "praised his players. "
        "The federation named Hajime Moriyama as head coach of Japan on Monday. "
        "His assistant Kenji Sato will also join the staff."
    )
    keys = keys_of(text)
    assert not any(k[0] == "Hajime Moriyama" and k[2] == "national_u17" for k in keys)
