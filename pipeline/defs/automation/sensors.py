"""Sensors: new or changed drop-folder files, and days that received feed articles."""

import hashlib

import dagster as dg

from pipeline.defs.automation.jobs import NEWS_BY_DAY, news_run_request
from pipeline.defs.raw.news import FEED_ARTICLES, NEWS_DAYS
from pipeline.defs.resources import TouchlineConfig
from pipeline.news_ingest import dump_cursor, load_cursor, scan_drop_folders


@dg.sensor(
    name="news_drop_folder",
    job_name=NEWS_BY_DAY,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Runs the days of new, changed or deleted files in the `kind: news` folders. "
    "Cursor: path → [mtime_ns, size, days], so each version of a file is processed once.",
)
def news_drop_folder(context: dg.SensorEvaluationContext, touchline: TouchlineConfig) -> dg.SensorResult:
    marks, days = scan_drop_folders(touchline.load(), load_cursor(context.cursor))
    cursor = dump_cursor(marks)
    if not days:
        return dg.SensorResult(skip_reason="no new or changed news files", cursor=cursor)
    known = context.instance.get_dynamic_partitions(NEWS_DAYS.name)
    new_days = sorted(days - set(known))
    run_key = "drop-" + hashlib.sha256(cursor.encode()).hexdigest()[:16]
    return dg.SensorResult(
        run_requests=[news_run_request(days, known, run_key)],
        dynamic_partitions_requests=[NEWS_DAYS.build_add_request(new_days)] if new_days else [],
        cursor=cursor,
    )


@dg.asset_sensor(
    asset_key=FEED_ARTICLES,
    name="feed_days",
    job_name=NEWS_BY_DAY,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="After each feed fetch, runs the days that received new articles.",
)
def feed_days(context: dg.SensorEvaluationContext, asset_event: dg.EventLogEntry):
    materialization = asset_event.asset_materialization
    entry = materialization.metadata.get("new_days") if materialization else None
    days = entry.value if entry is not None else []
    if not days:
        return dg.SkipReason("the last feed fetch brought no new articles")
    known = context.instance.get_dynamic_partitions(NEWS_DAYS.name)  # the asset added them
    return news_run_request(days, known, run_key=f"feeds-{asset_event.run_id}")
