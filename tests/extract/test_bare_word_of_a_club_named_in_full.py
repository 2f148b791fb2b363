"""A club the story names in full, then shortens to one bare word that the reference gives another club
as an alias: 'Dynamo Moscow … had coached Dynamo' (not Houston Dynamo), 'Rapid Bucharest … led Rapid'
(not Rapid Vienna). Not where the word is a club's own name ('Dundee' beside 'Dundee United')."""

from __future__ import annotations

from extract_helpers import keys_of


def test_bare_word_is_the_club_named_in_full() -> None:
    keys = keys_of(
        "Igor Brandt named head coach of Dynamo\n\nFC Dynamo Moscow confirmed Igor Brandt as their new head "
        "coach on Monday. The fitness coach Oleg Sorokin stays at Dynamo."
    )
    assert ("Igor Brandt", "Dynamo Moscow", "first_team", "appointed") in keys
    assert ("Oleg Sorokin", "Dynamo Moscow", "first_team", "in_charge") in keys
    assert not any(k[1] == "Houston Dynamo" for k in keys)


def test_bare_word_of_a_context_alias_is_the_club_named_in_full() -> None:
    keys = keys_of(
        "Rapid Bucharest have appointed Ion Vasilescu as head coach. Sorin Dragan, who has coached Rapid "
        "twice, had been the supporters' choice."
    )
    assert ("Sorin Dragan", "Rapid Bucharest", "first_team", "in_charge") in keys
    assert not any(k[1] == "Rapid Vienna" for k in keys)


def test_a_clubs_own_name_stays_that_club() -> None:
    # "Dundee" is a club of its own, not Dundee United shortened
    keys = keys_of(
        "Dundee United have appointed Craig Mowbray as manager. Dundee have sacked Alan Rennie, the club "
        "confirmed."
    )
    assert ("Alan Rennie", "Dundee", "first_team", "dismissed") in keys
    assert ("Alan Rennie", "Dundee United", "first_team", "dismissed") not in keys
