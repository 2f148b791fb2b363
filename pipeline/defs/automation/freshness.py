"""Freshness of the marts: the daily cycle should rebuild them at least once a day."""

from datetime import timedelta

import dagster as dg

# Warn when a daily update was missed, fail when two were.
MARTS_FRESHNESS = dg.FreshnessPolicy.time_window(
    fail_window=timedelta(hours=48), warn_window=timedelta(hours=26)
)
