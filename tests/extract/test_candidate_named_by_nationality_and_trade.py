"""A candidate the club talked to or weighed, named by his nationality and trade ('had also held talks with
Norwegian coach X', 'had considered Croatian coach Y'): a man weighed for the post, not a coach of that club
already; the title is his trade."""

from __future__ import annotations

from extract_helpers import keys_of

_HIRED = "Hajduk Split appointed Tomislav Barić as head coach on Monday. "


def test_talks_held_with_a_coach_named_by_nationality_are_a_candidacy():
    keys = keys_of(_HIRED + "Hajduk had also held talks with Norwegian coach Eirik Solbakken.")
    assert ("Eirik Solbakken", "Hajduk Split", "first_team", "linked") in keys
    assert ("Eirik Solbakken", "Hajduk Split", "first_team", "in_charge") not in keys


def test_talks_going_on_with_a_coach_named_by_nationality_are_a_candidacy():
    keys = keys_of(_HIRED + "The club had also been in talks with Danish coach Mads Kjærgaard.")
    assert ("Mads Kjærgaard", "Hajduk Split", "first_team", "linked") in keys
    assert ("Mads Kjærgaard", "Hajduk Split", "first_team", "in_charge") not in keys


def test_a_man_considered_by_his_trade_holds_no_post_at_the_club():
    keys = keys_of(_HIRED + "Hajduk had also considered Slovenian coach Matej Novak.")
    assert ("Matej Novak", "Hajduk Split", "first_team", "in_charge") not in keys


# --- near misses: the club's own coach, and titles read as his post -------------------------------------


def test_talks_with_their_own_coach_over_a_contract_tell_his_post():
    keys = keys_of("Hajduk Split are in talks with their coach Tomislav Barić over a new contract.")
    assert ("Tomislav Barić", "Hajduk Split", "first_team", "in_charge") in keys
    assert ("Tomislav Barić", "Hajduk Split", "first_team", "linked") not in keys


def test_a_coach_named_by_his_title_in_a_match_report_still_holds_the_post():
    keys = keys_of("Hajduk Split beat Osijek 2-0 on Saturday, and coach Tomislav Barić praised his defence.")
    assert ("Tomislav Barić", "Hajduk Split", "first_team", "in_charge") in keys
