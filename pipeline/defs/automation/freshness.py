"""Freshness of the marts: the daily cycle should rebuild them at least once a day."""

from datetime import timedelta

import dagster as dg

# Warn when a daily update was missed, fail when two were.
MARTS_FRESHNESS = dg.FreshnessPolicy.time_window(
    fail_window=timedelta(hours=48), warn_window=timedelta(hours=26)
)


def with_marts_freshness(defs: dg.Definitions) -> dg.Definitions:
    """`defs` with the marts' freshness policy (the marts are defined in defs/marts/)."""
    return defs.map_resolved_asset_specs(
        func=lambda spec: dg.apply_freshness_policy(spec, MARTS_FRESHNESS),
        selection="group:marts",
    )
