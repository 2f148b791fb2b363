"""Events and tenures from resolved evidence: plain Python, no warehouse."""

from datetime import date, datetime

from pipeline.reconcile.events import cluster_events
from pipeline.reconcile.tenures import build_tenures

DEPOR = "sq_depor_first"


def fact(
    evidence_id,
    coach,
    event,
    day=None,
    precision=None,
    *,
    squad=DEPOR,
    role="head_coach",
    article="a1",
    published="2024-11-19",
    confidence=0.9,
    kind="article",
    **extra,
):
    return {
        "evidence_id": evidence_id,
        "evidence_kind": kind,
        "source": "news",
        "source_ref": f"{article}.txt",
        "article_id": article if kind == "article" else None,
        "coach_id": coach,
        "squad_id": squad,
        "role": role,
        "event": event,
        "event_date": date.fromisoformat(day) if day else None,
        "date_precision": precision,
        "confidence": confidence,
        "published_at": datetime.fromisoformat(published),
        **extra,
    }


def test_same_appointment_reported_by_two_outlets_is_one_event():
    events, event_of = cluster_events(
        [
            fact("e1", "gilsanz", "appointed", "2024-11-05", "week", article="a1"),
            fact(
                "e2",
                "gilsanz",
                "appointed",
                "2024-11-04",
                "day",
                article="a2",
                published="2024-11-04",
            ),
        ]
    )
    assert len(events) == 1
    assert events[0]["n_sources"] == 2
    assert events[0]["event_date"] == date(2024, 11, 4)  # the day-precise report wins
    assert events[0]["first_reported_at"] == datetime(2024, 11, 4)
    assert event_of["e1"] == event_of["e2"]


def test_sacked_twice_in_one_article_stays_two_events():
    events, _ = cluster_events(
        [
            fact("e1", "coach", "dismissed", "2020-10-01", "day"),
            fact("e2", "coach", "dismissed", "2021-03-01", "day"),
        ]
    )
    assert len(events) == 2


def test_undated_report_joins_the_event_it_follows():
    events, event_of = cluster_events(
        [
            fact(
                "e1",
                "coach",
                "dismissed",
                "2020-10-01",
                "day",
                article="a1",
                published="2020-10-01",
            ),
            fact(
                "e2",
                "coach",
                "dismissed",
                "2021-03-01",
                "day",
                article="a2",
                published="2021-03-01",
            ),
            fact("e3", "coach", "dismissed", article="a3", published="2021-03-05"),
        ]
    )
    assert len(events) == 2
    assert event_of["e3"] == event_of["e2"]


def test_successor_closes_predecessor_and_links_them():
    tenures, _ = build_tenures(
        [
            fact("e1", "idiakez", "dismissed"),
            fact("e2", "gilsanz", "appointed", "2024-11-05", "week"),
        ]
    )
    by_coach = {t["coach_id"]: t for t in tenures}
    idiakez, gilsanz = by_coach["idiakez"], by_coach["gilsanz"]
    assert idiakez["end_date"] == date(2024, 11, 4)
    assert idiakez["end_reason"] == "dismissed"
    assert idiakez["successor_tenure_id"] == gilsanz["tenure_id"]
    assert gilsanz["predecessor_tenure_id"] == idiakez["tenure_id"]
    assert gilsanz["end_date"] is None  # open spells stay open


def test_precise_structured_start_beats_coarse_news_start():
    tenures, tenure_of = build_tenures(
        [
            fact("e1", "simeone", "in_charge", "2011-01-01", "year", squad="sq_atm"),
            fact(
                "e2",
                "simeone",
                "in_charge",
                "2011-12-23",
                "day",
                squad="sq_atm",
                kind="spell",
                end_date=None,
            ),
        ]
    )
    assert len(tenures) == 1
    assert tenures[0]["start_date"] == date(2011, 12, 23)
    assert tenures[0]["n_sources"] == 2
    assert tenure_of["e1"] == tenure_of["e2"]


def test_left_until_this_season_closes_an_undated_spell():
    tenures, _ = build_tenures(
        [
            fact("e1", "torres", "in_charge", squad="sq_u19"),
            fact("e2", "torres", "left", "2024-06-30", "season", squad="sq_u19"),
        ]
    )
    assert len(tenures) == 1
    assert tenures[0]["start_date"] is None
    assert tenures[0]["end_date"] == date(2024, 6, 30)
    assert tenures[0]["end_reason"] == "left"


def test_ids_do_not_depend_on_input_order():
    rows = [
        fact("e1", "idiakez", "dismissed"),
        fact("e2", "gilsanz", "appointed", "2024-11-05", "week"),
        fact("e3", "gilsanz", "appointed", "2024-11-04", "day", article="a2"),
    ]
    assert build_tenures(rows)[0] == build_tenures(rows[::-1])[0]
    assert cluster_events(rows)[0] == cluster_events(rows[::-1])[0]


def test_match_sheets_running_out_do_not_end_a_spell_a_roster_says_goes_on():
    tenures, _ = build_tenures(
        [
            fact(
                "e1",
                "simeone",
                "in_charge",
                "2011-12-23",
                "day",
                squad="sq_atm",
                kind="spell",
                end_date=None,
                end_basis="open",
            ),
            fact(
                "e2",
                "simeone",
                "in_charge",
                "2017-10-14",
                "day",
                squad="sq_atm",
                kind="spell",
                end_date=date(2018, 3, 4),
                end_precision="day",
                end_basis="last_match",
                published="2018-03-04",
            ),
        ]
    )
    assert len(tenures) == 1
    assert tenures[0]["start_date"] == date(2011, 12, 23)
    assert tenures[0]["end_date"] is None


def test_match_sheets_alone_end_on_the_last_match():
    tenures, _ = build_tenures(
        [
            fact(
                "e1",
                "valverde",
                "in_charge",
                "2017-08-20",
                "day",
                squad="sq_fcb",
                kind="spell",
                end_date=date(2018, 5, 20),
                end_precision="day",
                end_basis="last_match",
                published="2018-05-20",
            ),
        ]
    )
    assert tenures[0]["end_date"] == date(2018, 5, 20)
    assert tenures[0]["end_reason"] is None


def test_two_spells_begun_the_same_day_never_end_before_they_start():
    tenures, _ = build_tenures(
        [
            fact("e1", "amorim", "appointed", "2024-10-28", "day", role="caretaker"),
            fact("e2", "nistelrooy", "appointed", "2024-10-28", "day", role="caretaker"),
        ]
    )
    for tenure in tenures:
        assert tenure["end_date"] is None or tenure["end_date"] >= tenure["start_date"]


def test_a_successor_closes_every_spell_still_open_before_it():
    tenures, _ = build_tenures(
        [
            fact("e1", "simeone", "in_charge", "2011-12-23", "day", squad="sq_atm"),
            fact("e2", "tevenet", "left", squad="sq_atm"),
            fact("e3", "newcoach", "appointed", "2024-11-05", "week", squad="sq_atm"),
        ]
    )
    by_coach = {t["coach_id"]: t for t in tenures}
    assert by_coach["simeone"]["end_date"] == date(2024, 11, 4)
    assert by_coach["newcoach"]["predecessor_tenure_id"] == by_coach["tevenet"]["tenure_id"]


def test_more_independent_sources_win_a_start_at_equal_precision():
    tenures, _ = build_tenures(
        [
            fact("e1", "coach", "appointed", "2024-11-04", "day", article="a1"),
            fact("e2", "coach", "appointed", "2024-11-05", "day", article="a2"),
            fact("e3", "coach", "appointed", "2024-11-05", "day", article="a3"),
        ]
    )
    assert tenures[0]["start_date"] == date(2024, 11, 5)


def test_a_spell_with_unknown_start_follows_the_last_ended_one():
    tenures, _ = build_tenures(
        [
            fact(
                "e1",
                "bosque",
                "in_charge",
                "2010-06-16",
                "day",
                squad="sq_esp",
                kind="spell",
                end_date=date(2014, 6, 23),
                end_precision="day",
                end_basis="successor",
            ),
            fact("e2", "lopetegui", "dismissed", "2018-06-13", "day", squad="sq_esp"),
        ]
    )
    by_coach = {t["coach_id"]: t for t in tenures}
    assert by_coach["lopetegui"]["start_date"] is None
    assert by_coach["lopetegui"]["predecessor_tenure_id"] == by_coach["bosque"]["tenure_id"]
    assert by_coach["bosque"]["end_date"] == date(2014, 6, 23)  # nothing closed by it


def test_a_club_coach_starting_at_another_club_has_left_the_first():
    tenures, _ = build_tenures(
        [
            fact("e1", "stoney", "appointed", "2018-06-08", "day", squad="sq_mu_women", squad_level="women"),
            fact("e2", "stoney", "appointed", "2021-07-14", "day", squad="sq_sd_women", squad_level="women"),
            fact("e3", "tuchel", "appointed", "2024-10-16", "day", squad="sq_eng", squad_level="national"),
            fact("e4", "tuchel", "in_charge", "2023-03-24", "day", squad="sq_fcb", squad_level="first_team"),
        ]
    )
    by_squad = {t["squad_id"]: t for t in tenures}
    assert by_squad["sq_mu_women"]["end_date"] == date(2021, 7, 13)
    assert by_squad["sq_mu_women"]["end_reason"] == "left"
    assert by_squad["sq_sd_women"]["end_date"] is None
    assert by_squad["sq_fcb"]["end_date"] is None  # a national job does not end a club one


def test_a_passing_mention_ends_when_the_same_article_reports_a_new_post():
    tenures, _ = build_tenures(
        [
            fact(
                "e1",
                "tuchel",
                "appointed",
                "2024-10-16",
                "day",
                squad="sq_eng",
                squad_level="national",
                article="a9",
                published="2024-10-16",
            ),
            fact(
                "e2",
                "tuchel",
                "in_charge",
                squad="sq_fcb",
                squad_level="first_team",
                article="a9",
                published="2024-10-16",
            ),
            fact(
                "e3",
                "simeone",
                "in_charge",
                squad="sq_atm",
                squad_level="first_team",
                article="a9",
                published="2024-10-16",
            ),
        ]
    )
    by_squad = {t["squad_id"]: t for t in tenures}
    assert by_squad["sq_fcb"]["end_date"] == date(2024, 10, 15)
    assert by_squad["sq_fcb"]["end_reason"] == "left"
    assert by_squad["sq_eng"]["end_date"] is None
    assert by_squad["sq_atm"]["end_date"] is None  # no new post: a passing mention stays open
