"""An aide promoted to the top job another man left ("sacked Y and promoted his assistant X to replace him",
"handed the job to his assistant X", "X, Y's assistant, has been promoted to the top job", "His successor is
X, until now his assistant", "promoting him from the position of assistant") held the aide's post at the club
and left it for the top job: three facts, the appointment a head coach's. A former aide's post ended before
(no exit told); a stand-in goes back to his post; an aide promoted to an aide's post, an aide of another
club's and an aide arriving with the new man are no promotion (sentences of our own)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

AIDE = ("Dale Morrow", "Fulwood Rangers", "first_team")
VACANCY = "Fulwood Rangers have parted ways with head coach Ivan Petrov after a run of eight defeats. "


@pytest.mark.parametrize(
    "text",
    [
        "Fulwood Rangers on Tuesday sacked head coach Ivan Petrov and promoted his assistant Dale Morrow to "
        "replace him.",
        "Fulwood Rangers dismissed head coach Ivan Petrov on Monday and handed the job to his assistant Dale "
        "Morrow.",
        VACANCY + "Dale Morrow, Petrov's assistant, has been promoted to the top job.",
        VACANCY + "His successor is Dale Morrow, until now his assistant.",
        "Fulwood Rangers made Dale Morrow their head coach on Monday, promoting him from the position of "
        "assistant after Ivan Petrov left for Benfica.",
    ],
)
def test_the_promoted_aide_held_and_left_the_aides_post(text: str) -> None:
    facts = [f for f in facts_of(text) if (f["coach"], f["club"], f["squad"]) == AIDE]
    assert {(f["event"], f["role"]) for f in facts} >= {
        ("appointed", "head_coach"),
        ("in_charge", "assistant_coach"),
        ("left", "assistant_coach"),
    }


def test_a_former_aides_post_is_told_without_its_end() -> None:
    keys = keys_of(VACANCY + "His former assistant Dale Morrow replaced him.")
    assert (*AIDE, "in_charge") in keys
    assert (*AIDE, "left") not in keys


@pytest.mark.parametrize(
    "text",
    [
        # a stand-in keeps his aide's post
        "Fulwood Rangers sacked head coach Ivan Petrov on Monday and handed the job to his assistant "
        "Dale Morrow on an interim basis.",
        # promoted to an aide's post, not from one
        VACANCY + "Dale Morrow joined the staff as under-23 coach and was promoted to Petrov's assistant "
        "a year later.",
        # the title places his post at another club
        VACANCY + "Dale Morrow, Petrov's assistant at Benfica, was named as his successor.",
        # an aide arriving with the new man
        "Fulwood Rangers sacked Ivan Petrov and appointed Tomas Berg to replace him, with Berg's assistant "
        "Dale Morrow joining from Benfica.",
    ],
)
def test_no_aides_post_left_without_a_promotion_from_it(text: str) -> None:
    assert (*AIDE, "left") not in keys_of(text)
