"""The daily schedule: fetch the feeds every morning (UTC).

The days that received new articles are only known after the fetch, so the fetch run
registers them as partitions and the `feed_days` sensor runs them and everything downstream.
"""

import dagster as dg

from pipeline.defs.automation.jobs import FETCH_FEEDS

daily_feeds = dg.ScheduleDefinition(
    name="daily_feeds",
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    job_name=FETCH_FEEDS,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Fetch the RSS/Atom feeds daily; feed_days then materialises the new days.",
)
