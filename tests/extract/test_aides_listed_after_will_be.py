"""A new coach's aides named after 'will be', several at once: 'His assistants will be A and B', 'X's
assistants in the national team will be A, B and C' (each one appointed, at the post the boss takes; a
national team named without its country is the one the story appointed him to)."""

from __future__ import annotations

from extract_helpers import keys_of


def test_each_aide_of_a_list_after_will_be_is_appointed() -> None:
    keys = keys_of(
        "Feyenoord have appointed Joost Hendriks as head coach. His assistants will be Sander Bleeker and "
        "Wim Oosterbaan, while goalkeeping coach Ruud Kamphuis stays."
    )
    assert ("Sander Bleeker", "Feyenoord", "first_team", "appointed") in keys
    assert ("Wim Oosterbaan", "Feyenoord", "first_team", "appointed") in keys
    assert ("Ruud Kamphuis", "Feyenoord", "first_team", "appointed") not in keys


def test_three_aides_and_a_former_player() -> None:
    keys = keys_of(
        "Feyenoord have appointed Joost Hendriks as head coach. Hendriks' new assistants will be Sander "
        "Bleeker, Wim Oosterbaan and former Ajax defender Ruud Kamphuis."
    )
    for name in ("Sander Bleeker", "Wim Oosterbaan", "Ruud Kamphuis"):
        assert (name, "Feyenoord", "first_team", "appointed") in keys


def test_aides_in_the_national_team_join_the_national_side() -> None:
    keys = keys_of(
        "Joost Hendriks will be the new coach of the Dutch national team, the federation said. Hendriks "
        "coached Feyenoord for the past two seasons, and his assistant Pieter Maas takes over there. His "
        "assistants in the national team will be Sander Bleeker and Wim Oosterbaan."
    )
    assert ("Sander Bleeker", "Netherlands", "national", "appointed") in keys
    assert ("Wim Oosterbaan", "Netherlands", "national", "appointed") in keys
    assert ("Sander Bleeker", "Feyenoord", "first_team", "appointed") not in keys


def test_aides_of_the_past_are_no_new_staff() -> None:
    # a past tense tells the staff he had, not the one he brings
    keys = keys_of(
        "Feyenoord have appointed Joost Hendriks as head coach. At Utrecht his assistants were Sander "
        "Bleeker and Wim Oosterbaan."
    )
    assert not any(k[0] in ("Sander Bleeker", "Wim Oosterbaan") and k[3] == "appointed" for k in keys)


def test_bare_plural_opening_names_the_aides() -> None:
    # translated copy opens with the bare plural: "Assistants of X will be A and B"
    keys = keys_of(
        "The federation has appointed Joost Hendriks as head coach of the Dutch national team. Assistants of "
        "Hendriks in the national team will be Sander Bleeker and Wim Oosterbaan."
    )
    assert ("Sander Bleeker", "Netherlands", "national", "appointed") in keys
    assert ("Wim Oosterbaan", "Netherlands", "national", "appointed") in keys


def test_aides_described_before_their_names() -> None:
    # who each aide is, told before his name: a nationality, or a lowercase word and a title
    keys = keys_of(
        "Feyenoord have appointed Joost Hendriks as head coach. Hendriks' assistants will be the Belgian "
        "Sander Bleeker and the local coach Wim Oosterbaan."
    )
    assert ("Sander Bleeker", "Feyenoord", "first_team", "appointed") in keys
    assert ("Wim Oosterbaan", "Feyenoord", "first_team", "appointed") in keys
    assert ("Wim Oosterbaan", "Feyenoord", "first_team", "in_charge") not in keys


def test_aide_described_as_a_specialist() -> None:
    keys = keys_of(
        "Feyenoord have appointed Joost Hendriks as head coach. His assistants will be Sander Bleeker and "
        "the Norwegian specialist Wim Oosterbaan."
    )
    assert ("Wim Oosterbaan", "Feyenoord", "first_team", "appointed") in keys


def test_titled_man_with_a_clause_of_his_own_stays_out_of_the_list() -> None:
    # "…, and the physical trainer B remains": B is kept on, not brought
    keys = keys_of(
        "Feyenoord have appointed Joost Hendriks as head coach. His assistant will be Sander Bleeker, and "
        "the physical trainer Wim Oosterbaan remains in the staff."
    )
    assert ("Sander Bleeker", "Feyenoord", "first_team", "appointed") in keys
    assert ("Wim Oosterbaan", "Feyenoord", "first_team", "appointed") not in keys
