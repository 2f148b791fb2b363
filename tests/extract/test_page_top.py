"""Scrapers keep the top of a page with its text: the headline repeated above the lead (on a line of its
own, after a short label, or run straight into the lead when the line break was dropped), a byline and a
time stamp. The lead is read as if they were not glued to it; bylines and stamps name no one."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of, keys_of

from pipeline.extract.text import headline_end, sentence_spans

_TITLE = "Harborne Town part ways with coach Aldo Brennan"
_LEAD = (
    "HARBORNE, March 11 (Wire) - Harborne Town sacked head coach Aldo Brennan on Monday after a run of "
    "six defeats. Assistant Dermot Kealy will take charge of the team for Saturday's game."
)


@pytest.mark.parametrize(
    "text",
    [_TITLE + _LEAD, _TITLE + "\n" + _LEAD, "Sport news:" + _TITLE + _LEAD],
    ids=["run-in", "own-line", "after-a-label"],
)
def test_headline_above_the_lead_leaves_the_lead_as_it_reads_alone(text: str) -> None:
    alone = keys_of(_LEAD, title=_TITLE)
    assert ("Aldo Brennan", "Harborne Town", "first_team", "dismissed") in alone
    assert keys_of(text, title=_TITLE) >= alone


def test_run_in_headline_is_read_as_the_headline_on_its_own_line() -> None:
    run_in, own_line = _TITLE + _LEAD, _TITLE + "\n" + _LEAD
    assert headline_end(run_in, _TITLE) == len(_TITLE)

    def told(text: str) -> list[tuple[str, str, str | None, str]]:
        return [(f["coach"], f["event"], f["date"], f["evidence"]) for f in facts_of(text, title=_TITLE)]

    assert told(run_in) == told(own_line)
    assert ("Aldo Brennan", "dismissed", "2024-03-11", _TITLE) in told(run_in)


@pytest.mark.parametrize(
    "text",
    [
        "Harborne Town part ways with coach Aldo Brennan after six defeats in a row.",  # the lead opens so
        "Harborne Town part ways with coach Aldo Brennan, the club said.",
        "The club said Harborne Town part ways with coach Aldo Brennan.",  # not at the top
    ],
)
def test_a_lead_that_opens_with_the_headline_words_is_no_headline(text: str) -> None:
    assert headline_end(text, _TITLE) is None


def test_a_headline_wrapped_or_spaced_otherwise_on_the_page_is_found() -> None:
    # the page breaks the headline over lines, doubles a space and changes its case
    page = "HARBORNE TOWN part ways  with\ncoach Aldo Brennan\n" + _LEAD
    assert headline_end(page, _TITLE) == page.index("\n" + _LEAD)


@pytest.mark.parametrize(
    ("title", "top"),
    [
        # a dotted capital I written plain on the page, and the other way round
        ("İzmir Spor part ways with coach Aldo Brennan", "IZMIR SPOR part ways with coach Aldo Brennan"),
        ("IZMIR SPOR part ways with coach Aldo Brennan", "İzmir Spor part ways with coach Aldo Brennan"),
    ],
)
def test_a_headline_differing_only_in_letters_a_case_blind_match_takes_alike_is_found(
    title: str, top: str
) -> None:
    page = top + "\n" + _LEAD
    assert headline_end(page, title) == len(top)


def test_no_headline_no_cut() -> None:
    assert headline_end(_LEAD, None) is None
    assert headline_end(_LEAD, "Brennan out") is None  # too short to tell


@pytest.mark.parametrize(
    "top",
    [
        "By Staff Reporter | Updated 14:02 GMT",
        "By Lena Voss and Piet de Groot, Chief Football Writer",
        "BY MARK HOLLAND",
        "Published: 11 March 2024, 14:32",
        "Posted on March 11, 2024",
        "Last updated 9:15am",
    ],
)
def test_byline_and_time_stamp_lines_are_no_sentences(top: str) -> None:
    spans = list(sentence_spans(top + "\n\n" + _LEAD))
    assert len(spans) == 2 and all(top not in (top + "\n\n" + _LEAD)[s:e] for s, e in spans)
    assert keys_of(top + "\n\n" + _LEAD) == keys_of(_LEAD)


@pytest.mark.parametrize(
    "line",
    [
        "By Christmas, Brennan had been sacked.",  # a sentence: it ends on a stop
        "By Monday the club had sacked him",  # no separator after the 'name'
        "Updated squad lists show Brennan as coach of the under-21 side",  # no date or time in it
    ],
)
def test_sentences_opening_like_a_byline_stay(line: str) -> None:
    assert [line[s:e] for s, e in sentence_spans(line)] == [line]
