-- raw.news_articles: every readable article, as read (filled by pipeline/defs/raw/news.py).
-- Partitioned by publication day: a run for some days deletes and re-inserts exactly those
-- days' rows (drop-folder articles of the day plus raw.feed_articles of the day).
create table if not exists raw.news_articles (
    article_id varchar not null,
    source varchar not null,          -- source name from touchline.yaml
    source_ref varchar not null,      -- file:line or URL
    url varchar,
    title varchar,
    published varchar,                -- as the source wrote it
    published_at timestamp,           -- parsed publication time (UTC), null when unknown
    text varchar not null,
    content_sha256 varchar not null,
    ingested_at timestamp not null,
    published_day varchar             -- partition key: YYYY-MM-DD of published_at, or 'undated'
);
-- Warehouses built before the news was partitioned gain the column (their rows have no day
-- and are replaced by the next run).
alter table raw.news_articles add column if not exists published_day varchar;
