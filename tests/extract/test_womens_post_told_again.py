"""A headline names a coach's post with no women's word ('Lyon appoint X to replace Y'); the story then
tells the club's women's team and the same coach again ('Y left Lyon for Chelsea'): Y's post is the
women's team too. A man told only before the women's word ('C boss A signs a new deal … women's team
manager B also signed') keeps his senior post. Written for these tests in our own words."""

from __future__ import annotations

from extract_helpers import keys_of


def test_coach_told_again_after_the_womens_word_keeps_the_womens_post() -> None:
    text = (
        "Lyon appoint Tomas Vik to replace Anna Berglund\n\n"
        "Olympique Lyonnais have appointed Tomas Vik as head coach of their women's team, it was "
        "confirmed on Monday.\n\n"
        "Vik succeeds Anna Berglund, who left Lyon to take over at Chelsea."
    )
    keys = keys_of(text, "2024-06-25")
    assert ("Anna Berglund", "Lyon", "women", "left") in keys
    assert ("Anna Berglund", "Lyon", "first_team", "left") not in keys


def test_man_told_only_before_the_womens_word_keeps_his_senior_post() -> None:
    text = (
        "Everton manager Sean Dyche has signed a new contract with the club.\n\n"
        "Everton women's team manager Brian Sørensen has also signed a new deal."
    )
    keys = keys_of(text, "2024-06-25")
    assert ("Sean Dyche", "Everton", "first_team", "extended") in keys
