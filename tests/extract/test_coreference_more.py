"""A sentence (or its main clause after a fronted time) that opens on a man described by a post he held
under someone or at a club ('The former assistant of Y at C had come …', 'In May 2019, the then coach
of C was called to …') is about a man of the story, not about the Y or C named in its complement."""

from __future__ import annotations

import pytest
from extract_helpers import keys_of

from pipeline.extract.coreference import post_of_opening
from pipeline.extract.mentions import Mention


def _about(text: str, coach: str) -> set[tuple[str, str, str]]:
    return {(k[1], k[2], k[3]) for k in keys_of(text) if k[0] == coach}


def _mentions(sentence: str, *names: str) -> list[Mention]:
    out = []
    for name in names:
        at = sentence.index(name)
        out.append(Mention("P", at, at + len(name), name, name=name))
    return out


@pytest.mark.parametrize(
    ("sentence", "names", "head"),
    [
        ("The former assistant of Mark Fenwick at Wigan had arrived in June.", ("Mark Fenwick", "Wigan"),
         "The former assistant"),
        ("The ex-coach of Bolton Wanderers was sacked in 2021.", ("Bolton Wanderers",), "The ex-coach"),
        ("In March of 2019, the then coach of Bolton Wanderers was called to replace Paul Orrin.",
         ("Bolton Wanderers", "Paul Orrin"), "the then coach"),
        ("The long-time deputy of Paul Orrin and Mark Fenwick joined Stoke in 2020.",
         ("Paul Orrin", "Mark Fenwick"), "The long-time deputy"),
    ],
)  # fmt: skip
def test_a_post_of_someone_opening_the_sentence_is_a_reference(
    sentence: str, names: tuple[str, ...], head: str
) -> None:
    spans = post_of_opening(sentence, _mentions(sentence, *names))
    assert [sentence[s:e] for s, e, _ in spans] == [head]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a name right after the complement: an apposition ('the former coach of C, X'), not a reference
        ("The former coach of Bolton Wanderers Paul Orrin was sacked.", ("Bolton Wanderers", "Paul Orrin")),
        # no post: 'the return of X' is a thing
        ("The return of Paul Orrin was a surprise.", ("Paul Orrin",)),
        # not at the opening of the sentence
        ("He replaced the former coach of Bolton Wanderers, who was sacked.", ("Bolton Wanderers",)),
    ],
)  # fmt: skip
def test_no_reference_without_a_described_subject(sentence: str, names: tuple[str, ...]) -> None:
    assert post_of_opening(sentence, _mentions(sentence, *names)) == []


@pytest.mark.parametrize(
    "story",
    [
        "In January of 2019, the then coach of Bolton Wanderers was called to replace Paul Orrin, who was "
        "sacked. He left the club in May of 2021, when he handed in his resignation.",
        "Back in 2019, the former assistant of Mark Fenwick was called to replace Paul Orrin, who was "
        "sacked. He left the club in May of 2021, when he handed in his resignation.",
    ],
)
def test_the_described_subject_is_the_man_the_story_is_about(story: str) -> None:
    text = (
        "Tom Raddle was presented on Monday as the new head coach of Wigan Athletic. "
        "The return of Raddle to the north-west is a story of circles. " + story
    )
    assert not {k for k in _about(text, "Paul Orrin") if k[2] == "resigned"}
    assert {k for k in _about(text, "Tom Raddle") if k[2] == "resigned"}


@pytest.mark.parametrize("aux", ["was", "had been"])
def test_himself_in_a_relative_is_the_man_it_hangs_on(aux: str) -> None:
    """'…, succeeding Paul Orrin, who was himself sacked in April': an emphatic 'himself', no other man."""
    text = (
        "Wigan Athletic have appointed Tom Raddle as head coach, succeeding Paul Orrin, who "
        + aux
        + " himself sacked by Bolton Wanderers in April."
    )
    assert not {k for k in _about(text, "Tom Raddle") if k[0] == "Bolton Wanderers"}
