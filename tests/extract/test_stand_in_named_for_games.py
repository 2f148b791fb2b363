"""'X will look after the senior side for the trip on Saturday', 'assistant X will lead the team for the
last three games': a man named for the coming games while the club's post is open is its stand-in (appointed,
caretaker). With no post open the same words are the coach's own preview, no appointment."""

from __future__ import annotations

from tests.extract.extract_helpers import facts_of


def _stand_ins(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["club"], f["role"]) for f in facts_of(text) if f["event"] == "appointed"}


def test_a_man_named_for_the_games_after_a_sacking_stands_in() -> None:
    for text, coach in (
        (
            "Grimsby Town have sacked Neil Cole. Dan Webb, the club's head of coaching, will look after the "
            "senior side for Tuesday's trip to Barnsley.",
            "Dan Webb",
        ),
        (
            "Walsall have dismissed Mark Dent. Assistant Lee Harris will lead the team for the last three "
            "matches of the season.",
            "Lee Harris",
        ),
        (
            "Sligo Rovers parted company with Eoin Kelly on Monday. Under-19 coach Paul Dunne will take the "
            "side for Friday's cup tie.",
            "Paul Dunne",
        ),
    ):
        found = _stand_ins(text)
        assert any(c == coach and r == "caretaker" for c, _, r in found), (text, found)


def test_no_stand_in_without_a_post_open() -> None:
    # a coach in post previewing his own games, and a new man's first game: no stand-in
    for text, coach in (
        (
            "Walsall beat Crewe 2-0 on Saturday. Mark Dent will lead the team for Tuesday's match at "
            "Gillingham.",
            "Mark Dent",
        ),
        (
            "Walsall have sacked Mark Dent and appointed Tom Price. Price will lead the team for the first "
            "time in Saturday's game at Crewe.",
            "Tom Price",
        ),
    ):
        found = {(c, r) for c, _, r in _stand_ins(text)}
        assert (coach, "caretaker") not in found, (text, found)


def test_a_captain_named_for_the_games_is_no_stand_in() -> None:
    # the captain leads the side on the pitch, not from the bench, however his title is told
    for text in (
        "Everton sacked Sean Dyche on Thursday. Captain Seamus Coleman will lead the team for Saturday's "
        "game against Bournemouth.",
        "Everton sacked Sean Dyche on Thursday. Seamus Coleman, the club captain, will lead the team for "
        "Saturday's game against Bournemouth.",
        "Walsall have dismissed Mark Dent. Skipper Joe Riley will lead the side for the last three matches "
        "as captain.",
    ):
        assert not _stand_ins(text), (text, _stand_ins(text))


def test_a_captain_put_in_charge_or_a_former_captain_still_stands_in() -> None:
    # "take charge of" is the bench's verb, and a former captain is no player now
    for text, club in (
        (
            "Crawley Town have dismissed Ben Stone. Captain Joe Riley will take charge of the squad for "
            "Saturday's trip to Crewe.",
            "Crawley Town",
        ),
        (
            "Walsall have dismissed Mark Dent. Joe Riley, the former Walsall captain, will lead the team for "
            "Saturday's game at Crewe.",
            "Walsall",
        ),
    ):
        assert ("Joe Riley", club, "caretaker") in _stand_ins(text), (text, _stand_ins(text))
