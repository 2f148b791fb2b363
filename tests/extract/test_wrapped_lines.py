"""Hard-wrapped text: a line break inside a sentence does not end it (written for these tests)."""

from __future__ import annotations

import textwrap

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


# A story hard-wrapped at a fixed width (e-mail, wire copy, plain-text feeds): a line broken only because
# the next word did not fit carries on, whatever that word's case; a line that stopped short did so on
# purpose (a headline, a paragraph's end).
_STORY = [
    "Hartwell Town name Ivo Brandt",
    "Hartwell Town have appointed Ivo Brandt as their new head coach on a two-year contract, the "
    "League Two club announced on Tuesday morning after a search that lasted three weeks.",
    "Brandt, 46, replaces Samuel Okafor, who was sacked by Hartwell Town at the start of the month "
    "following a run of eight league games without a win. Goalkeeping coach Paul Dennehy will "
    "remain at the club and work alongside Brandt's assistant Marco Leone, who arrives from Kesgrave.",
]


def _wrapped(paragraphs: list[str], width: int) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_story_wrapped_at_a_fixed_width_reads_as_unwrapped(width: int) -> None:
    wrapped = _wrapped(_STORY, width)
    assert _sentences(wrapped)[0] == "Hartwell Town name Ivo Brandt"
    assert len(_sentences(wrapped)) == len(_sentences("\n\n".join(_STORY)))
    assert keys_of(wrapped) == keys_of("\n\n".join(_STORY))


def test_short_lines_of_a_page_are_not_read_as_wrapped() -> None:
    text = (
        "Hartwell Town name Ivo Brandt as head coach\n"
        "Ivo Brandt arrives from Kesgrave on a two-year deal\n"
        "Samuel Okafor was sacked by the League Two club\n"
        "Paul Dennehy stays on as goalkeeping coach for now"
    )
    assert len(_sentences(text)) == 4


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # paragraphs whose tags a scraper stripped, glued with no space between
        ("Hartwell Town have sacked Samuel Okafor.The club named Ivo Brandt as his successor.", 2),
        ('"We thank him for his work."The club named Ivo Brandt as his successor.', 2),
        ("Hartwell Town won on penalties (4-2).Ivo Brandt took charge for the first time.", 2),
        # initials, abbreviations and names with a stop are no sentence end
        ("He joined St.Louis City in 2023 and later J.League side Kashima.", 1),
        ("He faces Hartwell Town vs.Kesgrave on Tuesday.", 1),
        # a paragraph that stopped on no stop (a link's headline) glued to the next
        ("Read more: Kesgrave sign a wingerFormer Hartwell boss Ivo Brandt is the favourite.", 2),
        # names and brands in mixed case are one word
        ("He met McAllister, MacDonald and DeAndre at the iPhone launch in LinkedIn's office.", 1),
    ],
)
def test_sentences_glued_without_a_space(text: str, count: int) -> None:
    assert len(_sentences(text)) == count


@pytest.mark.parametrize(
    "glued",
    [
        "Hartwell Town have sacked Samuel Okafor.ADVERTISEMENTIvo Brandt is the favourite to replace him.",
        "Hartwell Town have sacked Samuel Okafor.AdvertisementIvo Brandt is the favourite to replace him.",
        "Hartwell Town have sacked Samuel Okafor.Story continues below"
        "Ivo Brandt is the favourite to replace him.",
        # paragraphs run into one with a space between
        "Hartwell Town have sacked Samuel Okafor. Advertisement Ivo Brandt is the favourite to replace him.",
    ],
)
def test_page_furniture_glued_into_the_next_sentence_is_left_out(glued: str) -> None:
    sentences = _sentences(glued)
    assert sentences[-1] == "Ivo Brandt is the favourite to replace him."
    assert ("Ivo Brandt", "Hartwell Town", "first_team", "linked") in keys_of(glued)


def test_paragraphs_run_together_around_an_embed_keep_the_story() -> None:
    story = (
        "Hartwell Town have sacked head coach Samuel Okafor after eight games without a win. "
        "A statement on the club's website thanked him for his work. "
        "Thank you, Samuel. pic.twitter.com/abc123 — Hartwell Town (@HartwellTownFC) March 4, 2024 "
        "Ivo Brandt, the under-21 coach, will take charge of the first team for Saturday's trip to Kesgrave "
        "while the club searches for a permanent successor to the 52-year-old Nigerian."
    )
    assert len(story) > 400
    padded = story + " " + " ".join(["The club sit 21st in League Two, two points above the drop."] * 4)
    sentences = _sentences(padded)
    assert sentences[0].startswith("Hartwell Town have sacked head coach Samuel Okafor")
    assert not any("pic.twitter.com" in s for s in sentences)
    assert ("Samuel Okafor", "Hartwell Town", "first_team", "dismissed") in keys_of(padded)


def test_an_embed_line_of_its_own_is_left_out() -> None:
    text = (
        "Hartwell Town have sacked head coach Samuel Okafor.\n\n"
        "We thank Samuel for his work. pic.twitter.com/abc123 — Hartwell Town (@HartwellTownFC) March 4, 2024"
    )
    assert _sentences(text) == ["Hartwell Town have sacked head coach Samuel Okafor."]


def test_a_name_or_title_across_a_line_break_is_read_as_on_one_line() -> None:
    # wire copy hard-wrapped at 60 columns: the breaks fall inside a name and a title
    wrapped = (
        "Kesgrave United have appointed Ivo Brandt as their new head\n"
        "coach on a two-year deal, the club announced on Tuesday. Brandt\n"
        "will be assisted by Dale Hughes, who follows him from Hartwell\n"
        "Town, and the goalkeeping coach Ray Lomas stays on from the\n"
        "previous staff.\n"
    )
    one_line = wrapped.replace("\n", " ").strip()
    assert keys_of(wrapped) == keys_of(one_line)
    assert ("Dale Hughes", "Kesgrave United", "first_team", "appointed") in keys_of(wrapped)
