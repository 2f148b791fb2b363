"""'C will be coached next season by X': the time the new man starts, told between the verb and 'by'."""

from extract_helpers import keys_of


def test_next_season_between_verb_and_name() -> None:
    text = "Nantes will be coached next season by Olivier Brunel, the club confirmed on Monday."
    assert ("Olivier Brunel", "FC Nantes", "first_team", "appointed") in keys_of(text)


def test_from_the_summer_and_from_a_month() -> None:
    assert ("Olivier Brunel", "FC Nantes", "first_team", "appointed") in keys_of(
        "Nantes will be managed from the summer by Olivier Brunel."
    )
    assert ("Olivier Brunel", "FC Nantes", "first_team", "appointed") in keys_of(
        "Nantes will be led from July by Olivier Brunel."
    )


def test_a_youth_side_from_next_season() -> None:
    text = "Brentford said their under-21s will be coached from next season by Dan Keele."
    assert ("Dan Keele", "Brentford", "u21", "appointed") in keys_of(text)


def test_other_verbs_with_a_start_time_are_not_appointments() -> None:
    assert not keys_of("Nantes will be sponsored from next season by Olivier Brunel.")
    assert not keys_of("Nantes will be joined next season by Olivier Brunel, a striker from Lens.")
