"""A gossip round-up heads each item with its club in capitals and a colon ('ARBROATH: X, who …',
'CRUSADERS: X was confirmed as manager'): the heading is that club, not a speaker's label to blank,
even when it is an alias the reference data only trusts in context."""

from __future__ import annotations

from pipeline.extract.coreference import _blank_dateline
from pipeline.extract.mentions import run_mentions
from tests.extract.extract_helpers import keys_of

_TITLE = "Sunday gossip: Thistle plan ahead, Arbroath boss settled"


def test_a_club_heading_is_the_items_club_not_the_headlines() -> None:
    text = (
        "PARTICK THISTLE are ready to hand manager Brian Kerr a new deal. (Sunday Post)\n\n"
        "ARBROATH: Tom Walsh, who succeeded Ian Lowe last summer, says he is happy at the club. (Sunday Mail)"
    )
    keys = keys_of(text, title=_TITLE)
    assert ("Tom Walsh", "Arbroath", "first_team", "appointed") in keys
    assert ("Ian Lowe", "Arbroath", "first_team", "left") in keys
    assert not any(club == "Partick Thistle" for coach, club, _, _ in keys if coach != "Brian Kerr")


def test_a_heading_of_a_context_only_alias_is_its_club() -> None:
    for label, club in (("CRUSADERS", "Crusaders FC"), ("LARNE", "Larne FC")):
        line = f"{label}: Tom Walsh was confirmed as manager on Thursday."
        found = run_mentions(_blank_dateline(line), None)
        assert [(m.kind, m.name) for m in found][:1] == [("C", club)], label
    keys = keys_of(
        "CRUSADERS: Tom Walsh was confirmed as manager on Thursday. Ian Lowe, who had been in charge "
        "since 2015, stepped down last week. (News Letter)",
        title="Irish League gossip",
    )
    assert ("Tom Walsh", "Crusaders FC", "first_team", "appointed") in keys
    assert ("Ian Lowe", "Crusaders FC", "first_team", "resigned") in keys


def test_a_speakers_label_is_still_blanked() -> None:
    for line in ("KATE: I think he was right to go.", "WALSH: We were poor tonight."):
        blanked = _blank_dateline(line)
        assert blanked.startswith(" " * len(line.split(":")[0])), line
        assert run_mentions(blanked, None) == [], line


def test_a_capital_word_before_a_colon_inside_the_sentence_is_no_heading() -> None:
    found = run_mentions("He told the paper the verdict on CRUSADERS: not good enough.", None)
    assert not any(m.kind == "C" for m in found)
