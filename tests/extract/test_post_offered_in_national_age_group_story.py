"""'The post' offered to a man who turned it down, in a story filling a national age group's post, is
that age group's post: 'Finland named X coach of the under-21s. The association had initially offered
the job to Y, who declined it' gives Y's offer and refusal at Finland's under-21s; an approach told
without the post, or an offer in a club's story, keeps its reading."""

from __future__ import annotations

from tests.extract.extract_helpers import keys_of

_LEAD = "Finland named Mikko Lahti as coach of the national under-21 team on Monday. "


def test_the_job_offered_and_declined() -> None:
    keys = keys_of(
        _LEAD + "The association had initially offered the job to HJK coach Pekka Salo, who declined it to "
        "remain at his club."
    )
    assert ("Pekka Salo", "Finland", "national_u21", "offer_declined") in keys
    assert ("Pekka Salo", "Finland", "national_u21", "offer") in keys
    assert ("Pekka Salo", "Finland", "national", "offer_declined") not in keys


def test_the_role_offered_then_turned_down() -> None:
    keys = keys_of(_LEAD + "Earlier, the association offered the role to Pekka Salo, but he turned it down.")
    assert ("Pekka Salo", "Finland", "national_u21", "offer_declined") in keys


def test_an_approach_naming_no_post_is_not_read_so() -> None:
    keys = keys_of(_LEAD + "The association had also approached Pekka Salo, who preferred to stay at HJK.")
    assert not any(squad == "national_u21" for coach, _, squad, _ in keys if coach == "Pekka Salo")
