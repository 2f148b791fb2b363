"""A spell in progress told as 'in post', 'in the job' or 'at the helm' since or for so long, and an
arrival told by the season it happened in."""

from extract_helpers import facts_of, keys_of

LEAD = "Bristol City have sacked manager Owen Fry. "


def _in_charge(text: str) -> list[dict]:
    return [f for f in facts_of(LEAD + text) if f["event"] == "in_charge" and f["coach"] == "Owen Fry"]


def test_in_post_since_a_year() -> None:
    (fact,) = _in_charge("Fry had been in post since 2021.")
    assert (fact["club"], fact["date"], fact["date_precision"]) == ("Bristol City", "2021-01-01", "year")


def test_in_the_job_or_at_the_helm_for_so_long() -> None:
    assert _in_charge("Fry had been in the job for 18 months.")
    assert _in_charge("Fry had been at the helm for less than a year.")
    assert _in_charge("Fry had been in the role since the summer of 2021.")


def test_other_people_in_post_are_not_coaches() -> None:
    assert not keys_of("Chief executive Neil Dray has been in post since 2019.")
    assert not keys_of("Sporting director Neil Dray, in the role since 2019, will lead the search.")


def test_arrival_told_by_its_season() -> None:
    facts = keys_of(LEAD + "Fry, who arrived in the autumn of 2022, won 12 of his 40 games.")
    assert ("Owen Fry", "Bristol City", "first_team", "appointed") in facts


def test_arrival_in_the_summer_from_a_club_is_left_to_the_from_reading() -> None:
    text = "Goalkeeping coach Ian Vale, who arrived in the summer from Yeovil Town, also leaves Bristol City."
    assert ("Ian Vale", "Yeovil Town", "first_team", "appointed") not in keys_of(text)
