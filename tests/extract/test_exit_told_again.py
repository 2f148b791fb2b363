"""A departure told again right after, naming neither club nor squad ('His contract will not be
renewed'), is the same departure from the squad just told; his aides leaving with him leave that squad
too. A sacking told after a promotion from a youth side stays the senior side's."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of


def test_contract_not_renewed_after_leaving_an_age_group() -> None:
    keys = keys_of(
        "Finland's football association said Mikko Lahti would not continue as coach of its under-21 side "
        "following the play-off defeat. His contract will not be renewed."
    )
    assert ("Mikko Lahti", "Finland", "national_u21", "left") in keys
    assert ("Mikko Lahti", "Finland", "national", "left") not in keys


def test_aides_leave_the_same_squad() -> None:
    keys = keys_of(
        "The Finnish federation has decided to part ways with Mikko Lahti, the coach of the national "
        "under-21 team. His deal will not be extended. The federation added that his assistant Juha "
        "Nieminen and goalkeeping coach Timo Salo would also end their duties."
    )
    assert ("Juha Nieminen", "Finland", "national_u21", "left") in keys
    assert ("Timo Salo", "Finland", "national_u21", "left") in keys
    assert not any(squad == "national" for _, _, squad, _ in keys)


def test_sacking_after_promotion_from_the_youth_stays_senior() -> None:
    keys = keys_of(
        "HJK Helsinki have dismissed head coach Mikko Lahti. Lahti was promoted from the under-19s in "
        "2021. He was dismissed on Monday after four straight defeats."
    )
    assert ("Mikko Lahti", "HJK Helsinki", "first_team", "dismissed") in keys
    assert ("Mikko Lahti", "HJK Helsinki", "u19", "dismissed") not in keys
