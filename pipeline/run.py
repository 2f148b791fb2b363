"""`touchline run`: materialise every asset in one process and summarise what happened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.config import Config

PUBLISHED_TABLES_QUERY = """
select table_schema || '.' || table_name
from information_schema.tables
where table_schema in ('raw', 'staging', 'core', 'quality', 'marts')
order by 1
"""


# Run tags that make one run cover a range of partitions (a single-run backfill).
PARTITION_RANGE_START = "dagster/asset_partition_range_start"
PARTITION_RANGE_END = "dagster/asset_partition_range_end"

# Dagster's console logger silenced; the progress logger prints one line per asset and check.
QUIET_CONSOLE = {
    "loggers": {
        "console": {"config": {"log_level": "CRITICAL"}},
        "progress": {"config": {"log_level": "DEBUG"}},
    }
}


@dataclass
class RunSummary:
    success: bool
    run_id: str
    warehouse: str
    extracts: str
    rows: dict[str, int] = field(default_factory=dict)
    checks_passed: list[str] = field(default_factory=list)
    checks_failed: list[str] = field(default_factory=list)
    quarantined: dict[str, int] = field(default_factory=dict)
    failed_steps: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # source → rows in = kept + quarantined
    published: bool = False

    def render(self) -> str:
        lines = ["", f"run {self.run_id}: {'succeeded' if self.success else 'FAILED'}"]
        if self.sources:
            lines.append("sources:")
            lines += [f"  {name:24s} {text}" for name, text in self.sources.items()]
        lines.append("rows per table:")
        lines += [f"  {table:32s} {n:>9,d}" for table, n in self.rows.items()]
        lines.append(f"checks: {len(self.checks_passed)} passed, {len(self.checks_failed)} failed")
        lines += [f"  FAILED {c}" for c in self.checks_failed]
        total = sum(self.quarantined.values())
        lines.append(f"quarantined records: {total}")
        lines += [f"  {stage}: {n}" for stage, n in self.quarantined.items()]
        lines += [f"failed step: {s}" for s in self.failed_steps]
        lines.append(f"warehouse: {self.warehouse}")
        state = "published" if self.published else "NOT published (previous extracts kept)"
        lines.append(f"extracts:  {self.extracts} ({state})")
        return "\n".join(lines)


def load_definitions() -> dg.Definitions:
    from pipeline.definitions import defs

    return defs()


def run_pipeline(
    progress: Callable[[str], None] = lambda _line: None,
    instance: dg.DagsterInstance | None = None,
) -> RunSummary:
    """Materialise every asset and run every check, in one process, in dependency order.

    Two runs: the feeds are fetched first, because the news days to materialise (dynamic
    partitions) are only known once their articles are in; then every other asset, with
    the news assets over all known days in one partition-range run."""
    from pipeline.config import load_config

    config = load_config()
    definitions = load_definitions()
    job = definitions.resolve_implicit_global_asset_job_def()
    graph = definitions.resolve_asset_graph()
    progress(
        f"touchline: materialising {len(definitions.resolve_all_asset_keys())} assets into {config.warehouse}"
    )

    with _instance(instance) as inst:

        def execute(selection: dg.AssetSelection, tags: dict[str, str]) -> dg.ExecuteInProcessResult:
            return job.execute_in_process(
                instance=inst,
                asset_selection=list(selection.resolve(graph)),
                tags=tags,
                raise_on_error=False,
                run_config=QUIET_CONSOLE,
            )

        results = materialise_all_days(execute, inst, config)
        summary = _summarise(results, config)
    return summary


Execute = Callable[[dg.AssetSelection, dict[str, str]], dg.ExecuteInProcessResult]


def materialise_all_days(
    execute: Execute, instance: dg.DagsterInstance, config: Config
) -> list[dg.ExecuteInProcessResult]:
    """Fetch the feeds, register every news day on `instance`, then materialise everything
    else over all days. `execute(selection, tags)` runs one selection of the asset graph."""
    from pipeline.defs.raw.news import FEED_ARTICLES

    feeds = dg.AssetSelection.keys(FEED_ARTICLES)
    fetched = execute(feeds, {})
    days = register_news_days(instance, config)
    return [fetched, execute(dg.AssetSelection.all() - feeds, partition_range_tags(days))]


def register_news_days(instance: dg.DagsterInstance, config: Config) -> list[str]:
    """Add every news day (drop folders, feed articles, days already in the warehouse) as a
    partition of `news_days`; returns all its partition keys, in the instance's order.

    `undated` is always there, so a run without any news still creates the news tables."""
    import duckdb

    from pipeline.defs.raw.news import NEWS_DAYS
    from pipeline.news_ingest import UNDATED, drop_folder_days, warehouse_days

    days = drop_folder_days(config) | {UNDATED}
    if config.warehouse.exists():
        # Read-write like the runs' own connections: DuckDB refuses to mix both modes on
        # one file within a process.
        with duckdb.connect(str(config.warehouse)) as con:
            days |= warehouse_days(con)
    instance.add_dynamic_partitions(NEWS_DAYS.name, sorted(days))
    return instance.get_dynamic_partitions(NEWS_DAYS.name)


def partition_range_tags(keys: list[str]) -> dict[str, str]:
    """Run tags that make one run cover the partitions `keys[0]` to `keys[-1]`."""
    return {PARTITION_RANGE_START: keys[0], PARTITION_RANGE_END: keys[-1]}


def _summarise(results: list[dg.ExecuteInProcessResult], config: Config) -> RunSummary:

    main = results[-1]
    summary = RunSummary(
        success=all(r.success for r in results),
        run_id=main.run_id,
        warehouse=str(config.warehouse),
        extracts=str(config.extracts),
    )
    materialised: list[str] = []
    for event in (event for result in results for event in result.all_events):
        if event.event_type_value == "ASSET_MATERIALIZATION":
            key = event.asset_key.to_user_string()
            if key not in materialised:  # once per asset, not once per day partition
                materialised.append(key)
            if key == "publish/extracts":
                summary.published = True
            reports = event.event_specific_data.materialization.metadata.get("sources")
            if reports is not None:
                summary.sources.update(reports.value)
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            name = f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"
            (summary.checks_passed if evaluation.passed else summary.checks_failed).append(name)
        elif event.event_type_value == "STEP_FAILURE":
            summary.failed_steps.append(f"{event.step_key}: {_failure_message(event)}")
    summary.success = summary.success and not summary.checks_failed and not summary.failed_steps
    # Open it the way the run's DuckDBResource does: a failed step's traceback may still hold
    # its connection, and DuckDB refuses a second configuration for one file in a process.
    with DuckDBResource(database=str(config.warehouse)).get_connection() as con:
        for (table,) in con.execute(PUBLISHED_TABLES_QUERY).fetchall():
            summary.rows[table] = con.execute(f"select count(*) from {table}").fetchall()[0][0]
        if summary.rows.get("quality.rejects") is not None:
            summary.quarantined = dict(
                con.execute(
                    "select stage, count(*) from quality.rejects group by stage order by stage"
                ).fetchall()
            )
    return summary


def _failure_message(event: dg.DagsterEvent) -> str:
    data = event.event_specific_data
    error = getattr(data, "error", None)
    while error is not None and error.cause is not None:  # the root cause says what broke
        error = error.cause
    return error.message.strip().splitlines()[-1] if error else "failed"


class _instance:
    """The given instance, or an ephemeral one (no run history written to disk)."""

    def __init__(self, instance: dg.DagsterInstance | None):
        self._given = instance
        self._own: dg.DagsterInstance | None = None

    def __enter__(self) -> dg.DagsterInstance:
        if self._given is not None:
            return self._given
        self._own = dg.DagsterInstance.ephemeral()
        return self._own

    def __exit__(self, *exc: object) -> None:
        if self._own is not None:
            self._own.dispose()
