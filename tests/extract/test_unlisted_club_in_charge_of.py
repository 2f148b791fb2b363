"""A coach is in charge of a team, never of a man: a name the reference data does not know after "in charge
of", closing its clause or opening a list, is a club even in a man's form of plain capitalised words ("was
previously in charge of Hapoel Dorvan", "spells in charge of Marnock and Tellby"). Near misses: a ground's
name, a name after a coaching verb in a man's form, and a team "will be in charge of" a man (translated copy)
stay unread as clubs."""

from __future__ import annotations

from extract_helpers import keys_of

_LEAD = "Oakfield Rovers have appointed Piet Lammers as their new head coach. "


def test_two_plain_words_after_in_charge_of() -> None:
    keys = keys_of(
        _LEAD + "He most recently coached Harwich Town and was previously in charge of Hapoel Dorvan."
    )
    assert ("Piet Lammers", "Hapoel Dorvan", "first_team", "in_charge") in keys


def test_list_after_in_charge_of() -> None:
    keys = keys_of(_LEAD + "Lammers has also had spells in charge of Marnock and Tellby.")
    assert ("Piet Lammers", "Marnock", "first_team", "in_charge") in keys
    assert ("Piet Lammers", "Tellby", "first_team", "in_charge") in keys


def test_spell_length_after_the_name() -> None:
    keys = keys_of(
        _LEAD
        + "Lammers had been in charge of Sandvik Kamraterna since 2019 and earlier coached Harwich Town."
    )
    assert ("Piet Lammers", "Sandvik Kamraterna", "first_team", "in_charge") in keys


def test_ground_after_in_charge_of_is_no_club() -> None:
    keys = keys_of(_LEAD + "Lammers was in charge of Victor Street for a decade.")
    assert not any(club == "Victor Street" for _coach, club, _squad, _event in keys)


def test_plain_words_after_coached_stay_unread() -> None:
    keys = keys_of(_LEAD + "Lammers previously coached Dario Pellicci.")
    assert not any(club == "Dario Pellicci" for _coach, club, _squad, _event in keys)


def test_team_to_be_in_charge_of_a_man() -> None:
    text = _LEAD + "The under-20s will be in charge of Ramiro Quintela, promoted from the under-17s."
    assert not any(club == "Ramiro Quintela" for _coach, club, _squad, _event in keys_of(text))
