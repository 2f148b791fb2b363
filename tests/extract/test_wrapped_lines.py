"""Hard-wrapped text: a line break inside a sentence does not end it (written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

from pipeline.extract.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Coach Ana Ruiz, who was sent home from the\nOlympics, was also dismissed.",
        "Coach Ana Ruiz, who had been at\nBarcelona for years, was also dismissed.",
        "Coach Ana Ruiz, who was sent home,\nAnd her assistant were dismissed.",
        "Coach Ana Ruiz was sent\nhome and dismissed.",
    ],
)
def test_a_line_broken_off_mid_sentence_carries_on(text: str) -> None:
    assert len(_sentences(text)) == 1


def test_a_headline_line_stays_its_own_sentence() -> None:
    assert len(_sentences("Chelsea sack their manager\nChelsea sacked Graham Potter on Sunday.")) == 2


def test_staff_dismissed_with_a_wrapped_sentence_keep_their_titles() -> None:
    text = (
        "Football Australia fired women's national team coach Anna Price on Friday.\n\n"
        "Assistant coach Kate Rowe and analyst Sam Ellis, who had been sent home from the\n"
        "tournament, were dismissed as well, the federation said."
    )
    dismissed = {(k[0], k[3]) for k in keys_of(text) if k[3] == "dismissed"}
    assert dismissed == {
        ("Anna Price", "dismissed"),
        ("Kate Rowe", "dismissed"),
        ("Sam Ellis", "dismissed"),
    }


def test_one_exit_read_with_two_roles_is_one_fact_with_the_staff_role() -> None:
    text = (
        "Football Australia fired women's national team coach Anna Price on Friday. Assistant coach "
        "Kate Rowe and analyst Sam Ellis were dismissed as well, the federation said."
    )
    roles = sorted(
        f["role"] for f in facts_of(text) if f["coach"] == "Kate Rowe" and f["event"] == "dismissed"
    )
    assert roles == ["assistant_coach"]
