"""The Serie C (Lega Pro) clubs of 2014-15 to 2021-22 that later seasons no longer hold are clubs:
Matera, Bisceglie, Paganese, Sicula Leonzio, Pistoiese, Vibonese, Teramo, Akragas, Lupa Roma …,
under the names Wikipedia titles them ("Matera Calcio", "AS Bisceglie"); a town that is the club's
name alone is a context alias, read where the story names the club in full. Near misses: a longer
name that holds another club's name keeps its own club ("Pro Piacenza" is not Piacenza), and the
town alone names no club."""

from __future__ import annotations

from extract_helpers import keys_of


def test_a_club_named_in_full() -> None:
    keys = keys_of("Matera Calcio have appointed Piet Lammers as head coach.", "2018-07-02")
    assert ("Piet Lammers", "Matera Calcio", "first_team", "appointed") in keys


def test_a_strong_short_name() -> None:
    keys = keys_of("Paganese have sacked coach Piet Lammers after five defeats.", "2019-11-04")
    assert ("Piet Lammers", "Paganese", "first_team", "dismissed") in keys


def test_a_longer_name_keeps_its_club() -> None:
    keys = keys_of("Pro Piacenza have appointed Piet Lammers as head coach.", "2017-07-02")
    assert ("Piet Lammers", "Pro Piacenza", "first_team", "appointed") in keys
    assert not any(club == "Piacenza" for _coach, club, _squad, _event in keys)


def test_the_town_alone_is_no_club() -> None:
    keys = keys_of("Piet Lammers was born in Matera and later coached Bari.", "2018-07-02")
    assert not any(club == "Matera Calcio" for _coach, club, _squad, _event in keys)
