-- staging.news_facts: one row per fact the extractor read in an article (the extraction
-- contract of DESIGN.md), with the article's lineage. Filled by pipeline/defs/staging/news.py,
-- partitioned like raw.news_articles by the article's publication day.
create table if not exists staging.news_facts (
    article_id varchar not null,
    fact_index integer not null,      -- position of the fact within its article
    source varchar not null,
    source_ref varchar not null,
    coach varchar not null,
    club varchar not null,
    squad varchar not null,
    role varchar not null,
    event varchar not null,
    event_date date,
    date_precision varchar,
    confidence double not null,
    evidence varchar not null,
    char_start integer,
    char_end integer,
    published_at timestamp,
    published_day varchar             -- partition key: the article's publication day
);
alter table staging.news_facts add column if not exists published_day varchar;
