"""'He most recently coached C. The new coach will keep goalkeeping coach Y. Under-21 coach Z joins the
staff': once a sentence after a man's past goes back to the news (present or future), the flashback is
over for the sentences after it too, even one told with no tense of the news ('joins the staff'): Z is
the story's side's under-21 coach, not C's. With no news sentence between ('He was sacked by the club in
May') the story is still at C. Written for these tests in our own words."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

_NEWS = "Wales have named Tom Berger as head coach of the national team. "
_PAST = "He most recently coached Sturm Graz. "


@pytest.mark.parametrize(
    "news, staff",
    [
        (
            "The new coach will keep goalkeeping coach Jan Kos. ",
            "Under-21 coach Luis Ramos joins the senior staff as a consultant.",
        ),
        (
            "Berger is expected to name his staff this week. ",
            "Under-21 coach Luis Ramos joins the senior staff as a consultant.",
        ),
    ],
)
def test_staff_after_the_news_resumed_are_the_storys(news: str, staff: str) -> None:
    keys = keys_of(_NEWS + _PAST + news + staff)
    assert ("Luis Ramos", "Wales", "national_u21", "in_charge") in keys
    assert not any(k[0] == "Luis Ramos" and k[1] == "Sturm Graz" for k in keys)


def test_a_flashback_the_next_sentence_goes_on_with_stays_at_that_club() -> None:
    keys = keys_of(_NEWS + "He most recently coached Sturm Graz. He was sacked by the club in May.")
    assert ("Tom Berger", "Sturm Graz", "first_team", "dismissed") in keys
