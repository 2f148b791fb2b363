"""The aides of a man the story appointed to an age group ('X, the new U20 coach, will be assisted by A
and B'), no boss named in the match, join him at that age group, not the country's senior side; and an
appointment read both as the country's and as its age group's is the age group's."""

from __future__ import annotations

from extract_helpers import keys_of


def test_aides_join_the_subjects_age_group():
    text = (
        "The Ghana Football Association on Monday appointed Kwame Mensah as the new head coach of "
        "Ghana's U-20 men's team. Mensah, a former coach of Hearts of Oak, will be assisted by Kofi "
        "Boateng and Yaw Owusu."
    )
    keys = keys_of(text)
    assert ("Kofi Boateng", "Ghana", "national_u20", "appointed") in keys
    assert ("Yaw Owusu", "Ghana", "national_u20", "appointed") in keys
    assert ("Kofi Boateng", "Ghana", "national", "appointed") not in keys


def test_aides_of_an_age_group_told_by_its_nickname():
    """The lead reads the appointment at the federation's country too: the age group's reading wins."""
    text = (
        "The Nigeria Football Federation (NFF) on Tuesday appointed Musa Bello as the new Head Coach of the "
        "Golden Eaglets, Nigeria's U-17 men's team, ahead of the qualifiers. Bello, a former coach of "
        "Kano Pillars, will be assisted by Sani Adamu and Bala Garba."
    )
    keys = keys_of(text)
    assert ("Sani Adamu", "Nigeria", "national_u17", "appointed") in keys
    assert ("Bala Garba", "Nigeria", "national_u17", "appointed") in keys


def test_near_miss_aides_of_the_senior_coach():
    text = (
        "Ghana appointed Kwame Mensah as head coach of the national team on Monday. Mensah, a former coach "
        "of Hearts of Oak, will be assisted by Kofi Boateng."
    )
    assert ("Kofi Boateng", "Ghana", "national", "appointed") in keys_of(text)


def test_near_miss_an_earlier_youth_post_does_not_move_the_aides():
    """Near miss: the youth post was another appointment, years before the news."""
    text = (
        "Hartlepool United named Tom Reed head coach on Monday. Reed joined the club in 2020 as under-18 "
        "coach and became first-team assistant a year later. Reed will be assisted by Gary Lamb."
    )
    keys = keys_of(text)
    assert ("Gary Lamb", "Hartlepool United", "first_team", "appointed") in keys
    assert not any(k[0] == "Gary Lamb" and k[2] == "u18" for k in keys)
