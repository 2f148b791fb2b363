-- raw.news_articles: every readable article, as read (filled by pipeline/defs/raw/news.py).
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
    ingested_at timestamp not null
)
