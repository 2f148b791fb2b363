"""A club's context-only alias as the title a man is given: 'was confirmed as Coleraine manager',
'was named Ballymena boss' names that club (the role word follows, a naming word goes before)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_confirmed_as_alias_manager_names_the_club():
    text = (
        "Owen Larkin has been confirmed as Coleraine manager on a three-year deal, a month after "
        "Peter Rusk moved into a director's role. Larkin had been in interim charge since March. "
        "Portadown boss Ally Quinn had ruled himself out."
    )
    keys = keys_of(text)
    assert ("Owen Larkin", "Coleraine FC", "first_team", "appointed") in keys
    assert not any(k[0] == "Owen Larkin" and k[1] == "Portadown" for k in keys)


def test_named_alias_boss_names_the_club():
    text = "Tom Galway was named Ballymena boss on Thursday after a fortnight of talks."
    keys = keys_of(text)
    assert any(k[0] == "Tom Galway" and k[1] == "Ballymena United" for k in keys)


def test_shared_word_before_manager_names_no_club():
    # "United" is half the clubs of the British Isles: the title alone tells no one of them
    text = "Tom Galway has been confirmed as United manager on a two-year deal."
    keys = keys_of(text)
    assert not any(k[0] == "Tom Galway" and k[1] == "Manchester United" for k in keys)


def test_alias_without_a_naming_word_is_not_a_title():
    # "against Coleraine" then "manager" of another clause: the alias is an opponent, no title
    text = "Tom Galway, whose side lost to Coleraine, manager of Glenavon since 2021, spoke after the game."
    keys = keys_of(text)
    assert not any(k[0] == "Tom Galway" and k[1] == "Coleraine FC" for k in keys)
