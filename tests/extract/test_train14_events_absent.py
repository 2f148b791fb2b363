"""A new coach's staff and the post filled, told in word orders the rules did not read (train14's coaches
who got no fact): 'Y's assistant will be X', 'will bring his own assistant, X', 'X will also join the
staff', 'joins the staff of Y at C', 'to become an assistant with C', 'the new manager of C is X',
'signed a new agreement'. Each with variants of our own and near-misses that must give no such fact."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def _has(keys, coach, club, event, squad=None):
    return any(
        k[0] == coach and k[1] == club and k[3] == event and (squad is None or k[2] == squad) for k in keys
    )


# --- 'Y's assistant will be X' ------------------------------------------------------------------------


def test_possessor_assistant_will_be_named_after():
    keys = keys_of(
        "Armenia have appointed Oleksandr Petrakov as head coach. "
        "Petrakov's assistant will be his compatriot Mykola Lytvyn."
    )
    assert ("Mykola Lytvyn", "Armenia", "national", "appointed") in keys


def test_his_number_two_will_be_former_player():
    keys = keys_of(
        "Burnley have appointed Scott Parker as manager. His number two will be former "
        "Fulham defender Mike Jackson."
    )
    assert _has(keys, "Mike Jackson", "Burnley", "appointed")


def test_assistant_will_be_named_later_gives_no_aide():
    keys = keys_of("Burnley have appointed Scott Parker as manager. His assistant will be named next week.")
    assert not any(k[3] == "appointed" and k[0] != "Scott Parker" for k in keys)
    assert ("Scott Parker", "Burnley", "first_team", "appointed") in keys


# --- 'will bring his own assistant, X' --------------------------------------------------------------------


def test_bring_own_assistant_set_off_by_commas():
    keys = keys_of(
        "Leicester City have appointed Steve Cooper as manager. Cooper will bring his "
        "own assistant, Alan Tate, "
        "to the King Power Stadium."
    )
    assert ("Alan Tate", "Leicester City", "first_team", "appointed") in keys


def test_bring_an_italian_assistant():
    keys = keys_of(
        "Latvia have named Paolo Nicolato as head coach. Nicolato brings an Italian "
        "assistant, Simone Baroncini, "
        "and the rest of the staff will be named in February."
    )
    assert ("Simone Baroncini", "Latvia", "national", "appointed") in keys


def test_brought_in_the_past_is_no_new_aide():
    keys = keys_of(
        "Leicester City have appointed Steve Cooper as manager. At Swansea, Cooper "
        "brought his own assistant, "
        "Alan Tate, from Liverpool."
    )
    assert not _has(keys, "Alan Tate", "Leicester City", "appointed")
    assert ("Steve Cooper", "Leicester City", "first_team", "appointed") in keys


# --- 'X will also join the staff' -------------------------------------------------------------------------


def test_will_also_join_the_staff():
    keys = keys_of(
        "Finland have named Jacob Friis as head coach. Finnish coach Jussi Laukkanen "
        "will also join the staff."
    )
    assert ("Jussi Laukkanen", "Finland", "national", "appointed") in keys


def test_joins_the_first_team_staff_as_assistant():
    keys = keys_of(
        "Neftchi Baku have extended the contract of head coach Elmar Aliyev. Former "
        "captain Ramil Guliyev, who has "
        "coached the reserve team for three seasons, now joins the first-team staff as an assistant."
    )
    assert ("Ramil Guliyev", "Neftchi Baku", "first_team", "appointed") in keys
    assert ("Ramil Guliyev", "Neftchi Baku", "reserve", "in_charge") in keys


def test_join_the_staff_of_another_club_is_not_the_story_club():
    keys = keys_of(
        "Hearts have appointed Steven Naismith as manager. Gordon Forrest joins the "
        "staff at Aberdeen next month."
    )
    assert not _has(keys, "Gordon Forrest", "Heart of Midlothian", "appointed")
    assert ("Gordon Forrest", "Aberdeen", "first_team", "appointed") in keys


def test_staff_of_a_boss_at_a_club():
    keys = keys_of("Kevin Muscat will join the coaching staff of Ange Postecoglou at Tottenham Hotspur.")
    assert ("Kevin Muscat", "Tottenham Hotspur", "first_team", "appointed") in keys
    assert ("Ange Postecoglou", "Tottenham Hotspur", "first_team", "in_charge") in keys


def test_joins_the_staff_of_boss_in_a_city_named_before():
    keys = keys_of(
        "Tony Vega has resigned as head coach of Minnesota United to become an "
        "assistant with the Seattle Sounders. "
        "Vega will join the staff of Mark Olsen in Seattle."
    )
    assert ("Tony Vega", "Seattle Sounders", "first_team", "appointed") in keys
    assert ("Mark Olsen", "Seattle Sounders", "first_team", "in_charge") in keys
    assert ("Tony Vega", "Minnesota United", "first_team", "resigned") in keys


# --- 'to become an assistant with C' ----------------------------------------------------------------------


def test_left_to_become_assistant_at_club():
    keys = keys_of("Danny Rohl has left Sheffield Wednesday to become assistant coach at RB Leipzig.")
    assert _has(keys, "Danny Röhl", "RB Leipzig", "appointed") or _has(
        keys, "Danny Rohl", "RB Leipzig", "appointed"
    )


def test_hopes_to_become_assistant_is_no_appointment():
    keys = keys_of("Danny Rohl could leave Sheffield Wednesday to become an assistant at RB Leipzig.")
    assert not any(k[3] == "appointed" and k[1] == "RB Leipzig" for k in keys)


# --- 'the new manager of C is X' --------------------------------------------------------------------------


def test_the_new_manager_is_named_last():
    keys = keys_of("Hearts announced on Tuesday that their new manager is Steven Naismith.")
    assert ("Steven Naismith", "Heart of Midlothian", "first_team", "appointed") in keys


def test_the_new_selector_of_the_national_team_is():
    keys = keys_of(
        "The Football Association of Albania said on Friday that the new "
        "selector of the national team "
        "is Marko Kranjc."
    )
    assert ("Marko Kranjc", "Albania", "national", "appointed") in keys


def test_new_manager_could_be_is_no_appointment():
    keys = keys_of("Hearts say their new manager could be Steven Naismith.")
    assert not any(k[3] == "appointed" for k in keys)


# --- 'signed a new agreement' -----------------------------------------------------------------------------


def test_assistant_signed_a_new_agreement():
    keys = keys_of(
        "Neftchi Baku have extended head coach Elmar Aliyev's contract until 2028. "
        "Assistant coach Kamal Huseynov also signed a new agreement."
    )
    assert _has(keys, "Kamal Huseynov", "Neftchi Baku", "extended")


def test_new_agreement_with_another_club_is_no_extension():
    keys = keys_of("Aftandil Hajiyev signed a new agreement with Neftchi Baku on Monday.")
    assert not any(k[3] == "extended" for k in keys)
