-- marts.source_reliability: per outlet (the article's web host, else the source name), how many
-- of the offers and links it reported came true.
with evidence as (
    select * from core.evidence where evidence_kind = 'article'
),

articles as (
    select source, article_id, url from raw.news_articles
),

rumours as (
    select * from marts.rumours
),

reports as (
    select distinct
        coalesce(nullif(regexp_extract(articles.url, '^[a-z]+://(?:www\.)?([^/:]+)', 1), ''),
                 evidence.source) as outlet,
        rumours.event_id,
        rumours.outcome
    from evidence
    join rumours using (event_id)
    left join articles using (source, article_id)
)

select
    outlet,
    count(*) as rumours_reported,
    count(*) filter (where outcome = 'appointed') as came_true,
    count(*) filter (where outcome = 'declined') as declined,
    count(*) filter (where outcome = 'open') as still_open,
    round(count(*) filter (where outcome = 'appointed') / count(*), 3) as hit_rate
from reports
group by outlet
order by rumours_reported desc, outlet
