"""The asset graph: keys mirror schema/table; an accidental graph change shows up here."""

from pipeline.run import load_definitions

EXPECTED_ASSETS = {
    "raw/news_articles",
    "raw/feed_articles",
    "raw/staff_rosters",
    "raw/match_managers",
    "staging/news_facts",
    "staging/staff_spells",
    "staging/evidence_candidates",
    "core/coaches",
    "core/coach_source_ids",
    "core/clubs",
    "core/squads",
    "core/evidence",
    "core/events",
    "core/tenures",
    "quality/quarantine",
    "marts/current_staff",
    "marts/coach_careers",
    "marts/managerial_changes",
    "marts/tenure_stats",
    "marts/rumours",
    "marts/source_reliability",
    "publish/extracts",
}


def test_asset_keys_snapshot():
    defs = load_definitions()
    keys = {key.to_user_string() for key in defs.resolve_all_asset_keys()}
    assert keys == EXPECTED_ASSETS


def test_core_checks_are_blocking():
    defs = load_definitions()
    for checks_def in defs.asset_checks:
        for spec in checks_def.check_specs:
            if spec.asset_key.path[0] == "core":
                assert spec.blocking, spec.key


def test_assets_are_grouped_by_layer():
    defs = load_definitions()
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        assert graph.get(key).group_name == key.path[0]
