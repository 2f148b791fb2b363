"""Event fallback: a sentence no pattern claims, naming a coach the article reports on (or one named
with a role noun), one club and one event word in their clause, tells that event at low confidence.
Negated, hedged, player and boardroom talk, opponents, destinations and two-event sentences do not."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of

from pipeline.extract.facts import TAG
from pipeline.extract.fallback import event_guesses
from pipeline.extract.mentions import Mention

LEAD = "Brentwick Town have appointed Tom Reid as head coach. "


def _tagged(text: str) -> tuple[str, list[Mention]]:
    """'«P0» was axed by «C1»' with names after ':' → the tagged sentence and its mentions."""
    tagged, names = text.split(" :: ")
    kinds = [m.group(1) for m in TAG.finditer(tagged)]
    mentions = [Mention(k, 0, 0, n, name=n) for k, n in zip(kinds, names.split("|"), strict=True)]
    return tagged, mentions


def _events(text: str) -> list[tuple[str, str, str]]:
    tagged, mentions = _tagged(text)
    return [
        (mentions[g.person].name, mentions[g.club].name, g.event) for g in event_guesses(tagged, mentions)
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("«P0», 51, was axed by «C1» in the autumn after a poor run. :: Ian Holt|Motherwell", "dismissed"),
        (
            "«P0» got the boot, the club firing him after a dismal run at «C1». :: Ian Holt|Motherwell",
            "dismissed",
        ),
        ("«C0» eventually parted company with «P1» in the spring. :: Motherwell|Ian Holt", "dismissed"),
        ("«P0» and «C1» parted ways in May. :: Ian Holt|Motherwell", "left"),
        ("«P0» departed «C1» after a single season in charge. :: Ian Holt|Motherwell", "left"),
        ("Coach «P0» quit «C1» with a year to run on his deal. :: Ian Holt|Motherwell", "resigned"),
        ("«P0» stepped down at «C1» in the summer. :: Ian Holt|Motherwell", "resigned"),
        ("Back then «C0» hired «P1» on a short-term basis. :: Motherwell|Ian Holt", "appointed"),
        ("«P0» took over at «C1» midway through the 2019 campaign. :: Ian Holt|Motherwell", "appointed"),
        ("«P0» penned a new two-year deal with «C1» in March. :: Ian Holt|Motherwell", "extended"),
        ("«C0» sacked «P1» and hired «P2». :: Motherwell|Ian Holt|Alan Crane", "dismissed"),  # not Crane's
    ],
)
def test_one_event_word_between_the_coach_and_his_club(text: str, event: str) -> None:
    assert _events(text) == [("Ian Holt", "Motherwell", event)]


@pytest.mark.parametrize(
    "text",
    [
        "«C0» have denied that «P1» will be sacked. :: Motherwell|Ian Holt",  # negated
        "Results were not the reason «P0» left «C1». :: Ian Holt|Motherwell",  # negated
        "«P0» could be sacked by «C1» this week. :: Ian Holt|Motherwell",  # hedged
        "«P0» left «C1» to join «C2» in 2019. :: Ian Holt|Motherwell|Hibernian",  # two clubs, none tied
        "«P0» left for «C1» last week. :: Ian Holt|Motherwell",  # where he went
        "«P0» departed last month to become «C1» manager. :: Ian Holt|Motherwell",  # his next post
        "«P0» was hired from «C1» in June. :: Ian Holt|Motherwell",  # where he came from
        "«P0» was sacked after the defeat against «C1». :: Ian Holt|Motherwell",  # an opponent
        "«P0» fired home the winner at «C1». :: Ian Holt|Motherwell",  # a player's shot
        "The striker «P0» left «C1» on loan. :: Ian Holt|Motherwell",  # a player
        "«P0» resigned and was then appointed by «C1». :: Ian Holt|Motherwell",  # two events
        "The result left «C0» 14th, and «P1» said little. :: Motherwell|Ian Holt",  # another clause
        "Assistant «P0» will take charge of Saturday's game at «C1». :: Ian Holt|Motherwell",  # one game
    ],
)
def test_no_guess(text: str) -> None:
    assert _events(text) == []


def test_a_coach_named_with_a_role_noun_needs_no_other_fact() -> None:
    tagged, mentions = _tagged("Former boss «P0» was eventually axed by «C1». :: Ian Holt|Motherwell")
    (guess,) = event_guesses(tagged, mentions)
    assert guess.coach_named
    tagged, mentions = _tagged("«P0» was eventually axed by «C1». :: Ian Holt|Motherwell")
    assert not event_guesses(tagged, mentions)[0].coach_named


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Reid suffered the sack at Motherwell in 2019.", "dismissed"),
        ("For Reid, the sack at Motherwell came in 2019.", "dismissed"),
        ("For Reid, the departure from Motherwell came in the spring of 2019.", "left"),
    ],
)
def test_the_guess_is_a_low_confidence_dated_fact_of_a_coach_the_article_reports_on(
    sentence: str, event: str
) -> None:
    (guess,) = [f for f in facts_of(LEAD + sentence) if f["club"] == "Motherwell"]
    assert (guess["coach"], guess["event"], guess["date"]) == ("Tom Reid", event, "2019-01-01")
    assert 0.4 <= guess["confidence"] <= 0.5


def test_nobody_the_article_reports_on_as_a_coach_gets_no_guess() -> None:
    text = LEAD + "Alan Crane suffered the sack at Motherwell in 2019."
    assert not [f for f in facts_of(text) if f["coach"] == "Alan Crane"]


def test_gossip_words_make_no_fact() -> None:
    text = LEAD + "Reid, 51, remains a favourite of many at Motherwell, where his name is sung."
    assert not [f for f in facts_of(text) if f["club"] == "Motherwell"]
