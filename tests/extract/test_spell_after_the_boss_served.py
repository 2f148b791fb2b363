"""A spell told after the boss a man served ('worked under Y at C and had a spell in charge of D',
'an assistant to Y after coaching the club's under-18s', 'has been Y's assistant since 2019 and
previously served as head coach at D', 'joined Y's staff after coaching at D') is the subject's own, not
the boss's: Y is only named as the man whose staff the subject was on."""

from __future__ import annotations

from extract_helpers import keys_of

_STORY = "Hull City have appointed Tom Baxter as head coach. "


def _coaches_of(text: str, club: str) -> set[str]:
    return {coach for coach, c, _squad, event in keys_of(_STORY + text) if c == club and event == "in_charge"}


def test_spell_joined_by_had_after_under_a_boss_is_the_subjects() -> None:
    text = (
        "Baxter later worked under Steve Cotterill at Bristol City and had a spell in charge of Exeter City."
    )
    assert _coaches_of(text, "Exeter City") == {"Tom Baxter"}


def test_spell_after_a_pronoun_subject_is_his() -> None:
    text = "He later worked under Steve Cotterill at Bristol City and had a spell in charge of Exeter City."
    assert _coaches_of(text, "Exeter City") == {"Tom Baxter"}


def test_youth_spell_told_by_a_gerund_after_the_boss_is_not_the_bosss() -> None:
    keys = keys_of(
        _STORY + "Baxter has spent two seasons as an assistant to Steve Cotterill at Bristol City after "
        "coaching the club's under-18s."
    )
    assert not any(coach == "Steve Cotterill" and squad == "u18" for coach, _c, squad, _e in keys)
    assert any(coach == "Tom Baxter" and squad == "u18" for coach, _c, squad, _e in keys)


def test_spell_after_the_bosss_possessive_staff_is_the_subjects() -> None:
    # (a surname ending in s takes a bare apostrophe: "Jennings' staff")
    text = "Baxter joined Steve Jennings' staff in 2019 after coaching at Exeter City."
    assert _coaches_of(text, "Exeter City") == {"Tom Baxter"}


def test_spell_after_being_the_bosss_assistant_is_the_subjects() -> None:
    text = (
        "Baxter, 44, has been Steve Jennings' assistant since 2019 and previously served as head coach "
        "at Exeter City."
    )
    assert _coaches_of(text, "Exeter City") == {"Tom Baxter"}


def test_relative_clause_on_the_boss_keeps_his_spell() -> None:
    # near-miss: "who …" opens a clause of the boss's own; its verbs are his
    text = "Baxter was an assistant to Steve Cotterill, who won the title and coached Exeter City."
    assert _coaches_of(text, "Exeter City") == {"Steve Cotterill"}


def test_boss_as_subject_of_his_own_clause_keeps_his_spell() -> None:
    # near-miss: the boss named again as the subject of the verb
    text = "Steve Cotterill's assistant left in May, and Cotterill previously managed Exeter City."
    assert _coaches_of(text, "Exeter City") == {"Steve Cotterill"}


def test_man_replaced_keeps_the_spell_of_his_relative_clause() -> None:
    # near-miss: no boss named, only the man replaced, whose own past the clause tells
    text = "He replaces Steve Cotterill, who had coached Exeter City."
    assert _coaches_of(text, "Exeter City") == {"Steve Cotterill"}
