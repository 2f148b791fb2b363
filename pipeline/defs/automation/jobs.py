"""Jobs the schedule and sensors launch, and how a set of news days becomes one run."""

from collections.abc import Iterable, Sequence

import dagster as dg

from pipeline.defs.raw.news import FEED_ARTICLES, NEWS_ARTICLES
from pipeline.run import partition_range_tags

FETCH_FEEDS = "fetch_feeds"
NEWS_BY_DAY = "news_by_day"

# The news assets of some days and everything built from them (core, marts, extracts), plus
# the structured sources the core tables also read, so a run never meets a missing table
# (on a new warehouse) or stale rosters. Reading them is cheap next to the news.
NEWS_AND_DOWNSTREAM = (
    dg.AssetSelection.assets(NEWS_ARTICLES).downstream() | dg.AssetSelection.groups("raw", "staging")
) - dg.AssetSelection.assets(FEED_ARTICLES)

fetch_feeds_job = dg.define_asset_job(
    FETCH_FEEDS,
    selection=dg.AssetSelection.assets(FEED_ARTICLES),
    description="Fetch the RSS/Atom feeds; the feed_days sensor then processes the new days.",
)
news_by_day_job = dg.define_asset_job(
    NEWS_BY_DAY,
    selection=NEWS_AND_DOWNSTREAM,
    description="Re-materialise some news days (one run for all of them) and everything downstream.",
)


def news_run_request(days: Iterable[str], known: Sequence[str], run_key: str) -> dg.RunRequest:
    """One run covering every day of `days` (as a partition range).

    `known` is the partition order (the keys already on the instance; new keys are added
    after them, sorted). The range may take in days between the requested ones: re-running
    a day is idempotent, and one run beats one run per day, each rebuilding core and marts."""
    wanted = set(days)
    order = [*known, *sorted(wanted - set(known))]
    chosen = [day for day in order if day in wanted]
    return dg.RunRequest(run_key=run_key, tags=partition_range_tags([chosen[0], chosen[-1]]))
