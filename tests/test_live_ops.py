"""Live operation: news partitioned by day, the drop-folder and feed sensors, the schedule,
and feeds end to end against a real HTTP server on 127.0.0.1 (tests/feeds/feed_site.py)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import yaml

from pipeline.config import PROJECT_ROOT, load_config
from pipeline.defs.automation.freshness import MARTS_FRESHNESS
from pipeline.defs.automation.jobs import NEWS_BY_DAY, news_run_request
from pipeline.defs.automation.sensors import feed_days, news_drop_folder
from pipeline.defs.raw.news import FEED_ARTICLES, NEWS_ARTICLES, NEWS_DAYS
from pipeline.defs.resources import TouchlineConfig, build_resources
from pipeline.news_ingest import ingest_feeds
from pipeline.records import Article
from pipeline.run import (
    PARTITION_RANGE_END,
    PARTITION_RANGE_START,
    load_definitions,
    register_news_days,
    run_pipeline,
)
from pipeline.warehouse import ensure_schemas, row_count

sys.path.insert(0, str(Path(__file__).parent / "feeds"))
from feed_site import ARTICLES, LAST_MODIFIED, Route, article_html, atom_feed, rss_feed, serve

NEWS_FACTS = dg.AssetKey(["staging", "news_facts"])
NEWS_ASSETS = dg.AssetSelection.assets(FEED_ARTICLES, NEWS_ARTICLES, NEWS_FACTS)
TORRES_DAY = "2024-11-19"  # samples/news/2024-11-19-torres-turns-down-depor.txt


# --------------------------------------------------------------------------- helpers


def write_config(root: Path, sources: list[dict]) -> Path:
    path = root / "touchline.yaml"
    doc = {"warehouse": "data/warehouse.duckdb", "extracts": "data/extracts", "sources": sources}
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def drop_folder_project(tmp_path: Path) -> Path:
    shutil.copytree(PROJECT_ROOT / "samples" / "news", tmp_path / "news")
    return write_config(tmp_path, [{"name": "news", "kind": "news", "path": "news"}])


def materialise_news(config: Path, instance: dg.DagsterInstance, days: list[str] | None = None):
    """Fetch the feeds, register the days, then the news assets over `days` (default: all)."""
    defs = load_definitions()
    resources = build_resources(str(config))

    def run(selection: dg.AssetSelection, tags: dict[str, str]) -> dg.ExecuteInProcessResult:
        result = dg.materialize(
            [*defs.assets], resources=resources, instance=instance, selection=selection, tags=tags
        )
        assert result.success
        return result

    run(dg.AssetSelection.assets(FEED_ARTICLES), {})
    keys = register_news_days(instance, load_config(config))
    days = days or keys
    return run(NEWS_ASSETS - dg.AssetSelection.assets(FEED_ARTICLES), range_tags(days))


def range_tags(days: list[str]) -> dict[str, str]:
    return {PARTITION_RANGE_START: days[0], PARTITION_RANGE_END: days[-1]}


def query(config: Path, sql: str, *params) -> list[tuple]:
    with duckdb.connect(str(load_config(config).warehouse)) as con:
        return con.execute(sql, list(params)).fetchall()


def rows_by_day(config: Path, table: str) -> dict[str, list[tuple]]:
    columns = (
        "article_id, source, source_ref, published_at, text"
        if table.startswith("raw")
        else "article_id, fact_index, coach, club, squad, role, event, event_date"
    )
    rows = query(config, f"select published_day, {columns} from {table} order by all")
    by_day: dict[str, list[tuple]] = {}
    for day, *rest in rows:
        by_day.setdefault(day, []).append(tuple(rest))
    return by_day


def sensor_context(config: Path, instance: dg.DagsterInstance, cursor: str | None = None):
    return dg.build_sensor_context(
        cursor=cursor, instance=instance, resources={"touchline": TouchlineConfig(path=str(config))}
    )


# --------------------------------------------------------------------------- definitions


def test_definitions_have_partitions_schedule_sensors_and_freshness():
    defs = load_definitions()
    graph = defs.resolve_asset_graph()
    for key in (NEWS_ARTICLES, NEWS_FACTS):
        node = graph.get(key)
        assert node.partitions_def == NEWS_DAYS
        assert node.backfill_policy == dg.BackfillPolicy.single_run()
    feeds = graph.get(FEED_ARTICLES)
    assert feeds.partitions_def is None and "http" in feeds.kinds

    schedule = defs.resolve_schedule_def("daily_feeds")
    assert schedule.cron_schedule == "0 6 * * *" and schedule.job_name == "fetch_feeds"
    assert defs.resolve_sensor_def("news_drop_folder").job_name == NEWS_BY_DAY
    assert defs.resolve_sensor_def("feed_days").job_name == NEWS_BY_DAY
    news_job = defs.resolve_job_def(NEWS_BY_DAY)
    assert news_job.partitions_def == NEWS_DAYS
    selected = {k.to_user_string() for k in news_job.asset_layer.selected_asset_keys}
    assert {
        "raw/news_articles",
        "staging/news_facts",
        "core/tenures",
        "publish/extracts",
    } <= selected

    fresh = defs.resolve_asset_graph()
    marts = [key for key in fresh.get_all_asset_keys() if key.path[0] == "marts"]
    assert marts and all(fresh.get(key).freshness_policy == MARTS_FRESHNESS for key in marts)
    assert fresh.get(dg.AssetKey(["core", "tenures"])).freshness_policy is None


def test_dagster_yaml_limits_the_writer_pool_to_one(tmp_path, monkeypatch):
    shutil.copy(PROJECT_ROOT / "dagster.yaml", tmp_path / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    with dg.DagsterInstance.get() as instance:
        pools = instance.get_concurrency_config().pool_config
    assert pools.default_pool_limit == 1 and pools.pool_granularity.value == "run"


# --------------------------------------------------------------------------- partitions


def test_rematerialising_a_day_replaces_exactly_that_day(tmp_path):
    config = drop_folder_project(tmp_path)
    instance = dg.DagsterInstance.ephemeral()
    materialise_news(config, instance)
    raw_before = rows_by_day(config, "raw.news_articles")
    facts_before = rows_by_day(config, "staging.news_facts")
    assert TORRES_DAY in raw_before and facts_before[TORRES_DAY]
    assert len(raw_before) >= 4  # the samples span several days

    materialise_news(config, instance, [TORRES_DAY])  # the same day again: same rows
    assert rows_by_day(config, "raw.news_articles") == raw_before
    assert rows_by_day(config, "staging.news_facts") == facts_before

    (tmp_path / "news" / "2024-11-19-torres-turns-down-depor.txt").unlink()
    materialise_news(config, instance, [TORRES_DAY])  # the day's file is gone: so are its rows
    raw_after = rows_by_day(config, "raw.news_articles")
    facts_after = rows_by_day(config, "staging.news_facts")
    assert TORRES_DAY not in raw_after and TORRES_DAY not in facts_after
    assert raw_after == {d: r for d, r in raw_before.items() if d != TORRES_DAY}
    assert facts_after == {d: r for d, r in facts_before.items() if d != TORRES_DAY}


def test_run_request_covers_the_days_in_partition_order():
    known = ["2024-11-19", "undated", "2024-06-03", "2024-05-20"]
    request = news_run_request({"2024-06-03", "2024-11-19"}, known, run_key="k")
    assert (request.tags[PARTITION_RANGE_START], request.tags[PARTITION_RANGE_END]) == (
        "2024-11-19",
        "2024-06-03",
    )
    request = news_run_request({"2025-01-02", "2024-05-20"}, known, run_key="k")  # one new day
    assert (request.tags[PARTITION_RANGE_START], request.tags[PARTITION_RANGE_END]) == (
        "2024-05-20",
        "2025-01-02",
    )


# --------------------------------------------------------------------------- drop-folder sensor


def test_drop_folder_sensor_runs_new_and_changed_files_once(tmp_path):
    config = drop_folder_project(tmp_path)
    instance = dg.DagsterInstance.ephemeral()

    first = news_drop_folder(sensor_context(config, instance))
    days = first.dynamic_partitions_requests[0].partition_keys
    assert TORRES_DAY in days and "2024-06-03" in days
    (request,) = first.run_requests
    assert (request.tags[PARTITION_RANGE_START], request.tags[PARTITION_RANGE_END]) == (
        days[0],
        days[-1],
    )
    cursor = json.loads(first.cursor)
    torres = str(tmp_path / "news" / "2024-11-19-torres-turns-down-depor.txt")
    stat = os.stat(torres)
    assert cursor[torres] == [stat.st_mtime_ns, stat.st_size, [TORRES_DAY]]
    instance.add_dynamic_partitions(NEWS_DAYS.name, days)  # what the daemon does with them

    again = news_drop_folder(sensor_context(config, instance, first.cursor))
    assert not again.run_requests and not again.dynamic_partitions_requests
    assert again.cursor == first.cursor

    (tmp_path / "news" / "late.txt").write_text(" date 2025-01-02 Ancelotti was appointed.")
    new_file = news_drop_folder(sensor_context(config, instance, again.cursor))
    (request,) = new_file.run_requests
    assert (request.tags[PARTITION_RANGE_START], request.tags[PARTITION_RANGE_END]) == (
        "2025-01-02",
        "2025-01-02",
    )
    assert new_file.dynamic_partitions_requests[0].partition_keys == ["2025-01-02"]
    assert request.run_key != first.run_requests[0].run_key

    os.unlink(torres)  # a deleted file: its day is run again (and emptied)
    deleted = news_drop_folder(sensor_context(config, instance, new_file.cursor))
    (request,) = deleted.run_requests
    assert request.tags[PARTITION_RANGE_START] == request.tags[PARTITION_RANGE_END] == TORRES_DAY
    assert torres not in json.loads(deleted.cursor)


# --------------------------------------------------------------------------- feeds end to end


@pytest.fixture
def feed_project(tmp_path):
    with serve() as site:
        for key in ARTICLES:
            site.routes[f"/news/{key}"] = Route(article_html(key, canonical=site.url(f"/news/{key}")))
        site.routes["/rss.xml"] = Route(
            rss_feed(
                site.base,
                [
                    (
                        "Real Madrid name Xabi Alonso head coach",
                        "/news/alonso",
                        "Sun, 25 May 2025 10:00:00 GMT",
                    ),
                    (
                        "Barcelona appoint Hansi Flick",
                        "/news/flick",
                        "Wed, 29 May 2024 18:30:00 +0200",
                    ),
                    ("Torres steps up", "/news/torres", "Mon, 01 Jul 2024 09:00:00 GMT"),
                ],
            ),
            content_type="application/rss+xml; charset=utf-8",
            etag='"rss-v1"',
        )
        site.routes["/atom.xml"] = Route(
            atom_feed(
                site.base,
                [
                    (
                        "Manchester United turn to Ruben Amorim",
                        "news/amorim",
                        "2024-11-01T12:00:00Z",
                    ),
                    ("Deportivo promote Gilsanz", "news/gilsanz", "2024-11-05T08:15:00Z"),
                ],
            ),
            content_type="application/atom+xml",
            last_modified=LAST_MODIFIED,
        )
        fast = {"host_delay": 0, "timeout": 2, "retries": 0, "trust_env": False}
        fast |= {"allow_private_hosts": True}  # the test site is on 127.0.0.1
        config = write_config(
            tmp_path,
            [
                {"name": "rss", "kind": "feed", "url": site.url("/rss.xml"), **fast},
                {"name": "wire", "kind": "feed", "url": site.url("/atom.xml"), **fast},
            ],
        )
        yield config, site


def table_counts(config: Path) -> dict[str, int]:
    tables = ["raw.feed_articles", "raw.news_articles", "staging.news_facts"]
    return {t: query(config, f"select count(*) from {t}")[0][0] for t in tables}


def test_feeds_end_to_end_then_conditional_requests_change_nothing(feed_project):
    config, site = feed_project
    instance = dg.DagsterInstance.ephemeral()
    materialise_news(config, instance)

    articles = query(config, "select source_ref, text, published_day from raw.news_articles")
    assert len(articles) == len(ARTICLES)
    for ref, text, _ in articles:
        for paragraph in ARTICLES[ref.rsplit("/", 1)[1]][1:]:
            assert paragraph in text
    days = {ref.rsplit("/", 1)[1]: day for ref, _, day in articles}
    assert days == {
        "alonso": "2025-05-25",
        "flick": "2024-05-29",
        "torres": "2024-07-01",
        "amorim": "2024-11-01",
        "gilsanz": "2024-11-05",
    }
    facts = query(config, "select distinct coach, event from staging.news_facts")
    assert ("Xabi Alonso", "appointed") in facts and ("Hansi Flick", "appointed") in facts
    # The feed asset registered the new days; its sensor asks for one run over them.
    sensed = dg.build_sensor_context(instance=instance)
    (request,) = list(feed_days(sensed))
    assert {request.tags[PARTITION_RANGE_START], request.tags[PARTITION_RANGE_END]} <= set(days.values())

    counts, pages = table_counts(config), len(site.requests_to("/news/alonso"))
    materialise_news(config, instance)
    assert table_counts(config) == counts
    assert len(site.requests_to("/news/alonso")) == pages  # no page fetched again
    rss_headers, rss_status = site.requests_to("/rss.xml")[-1]
    atom_headers, atom_status = site.requests_to("/atom.xml")[-1]
    assert rss_status == atom_status == 304
    assert rss_headers["if-none-match"] == '"rss-v1"'
    assert atom_headers["if-modified-since"] == LAST_MODIFIED
    # Nothing new: the sensor sees the second fetch and asks for no run.
    (skip,) = list(feed_days(dg.build_sensor_context(instance=instance, cursor=sensed.cursor)))
    assert isinstance(skip, dg.SkipReason)


def test_touchline_run_fetches_feeds_and_runs_every_day(feed_project, monkeypatch):
    config, _ = feed_project
    monkeypatch.setenv("TOUCHLINE_CONFIG", str(config))
    summary = run_pipeline()
    assert summary.rows["raw.feed_articles"] == summary.rows["raw.news_articles"] == len(ARTICLES)
    assert summary.rows["staging.news_facts"] > 0
    assert not [step for step in summary.failed_steps if "news" in step or "feed" in step]


def test_feed_articles_are_stored_before_the_next_record_is_fetched():
    """The fetcher saves its "seen" state when asked for the next record: by then the
    article must be in the warehouse, or a crash would lose it."""
    con = duckdb.connect()
    ensure_schemas(con)
    stored_when_asked: list[int] = []

    def fetched():
        yield Article(id="a1", text="Flick was appointed.", published="2024-05-29", source="rss")
        stored_when_asked.append(row_count(con, "raw.feed_articles"))
        raise RuntimeError("network gone")

    with pytest.raises(RuntimeError):
        ingest_feeds(con, fetched())
    assert stored_when_asked == [1]
    assert con.execute("select published_day from raw.feed_articles").fetchall() == [("2024-05-29",)]
