-- raw.feed_articles: every article fetched from a `kind: feed` source, appended as fetched
-- (filled by pipeline/defs/raw/news.py). A feed is fetched once and answers 304 or omits
-- what it sent before, so this table, not the feed, is the record of what was read.
-- raw.news_articles takes each day's rows from here.
create table if not exists raw.feed_articles (
    article_id varchar not null,
    source varchar not null,          -- feed source name from touchline.yaml
    source_ref varchar not null,      -- the page URL fetched
    url varchar,                      -- canonical URL
    title varchar,
    published varchar,                -- entry date as given (ISO, UTC)
    published_at timestamp,
    text varchar not null,            -- the page's main text
    content_sha256 varchar not null,
    ingested_at timestamp not null,   -- when it was fetched
    published_day varchar not null    -- YYYY-MM-DD of published_at, or 'undated'
)
