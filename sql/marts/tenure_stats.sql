-- marts.tenure_stats: spell lengths by country, squad level and role (spells with both ends known,
-- plus open spells counted up to today).
with tenures as (
    select * from core.tenures
),

squads as (
    select * from core.squads
),

clubs as (
    select * from core.clubs
),

spells as (
    select
        coalesce(clubs.country, 'unknown') as country,
        squads.level as squad,
        tenures.role,
        tenures.end_date is null as ongoing,
        date_diff('day', tenures.start_date, coalesce(tenures.end_date, current_date)) as days
    from tenures
    join squads using (squad_id)
    join clubs on clubs.club_id = squads.club_id
    where tenures.start_date is not null
)

select
    country,
    squad,
    role,
    count(*) as spells,
    count(*) filter (where not ongoing) as completed_spells,
    round(avg(days) filter (where not ongoing), 1) as avg_completed_days,
    median(days) filter (where not ongoing) as median_completed_days,
    round(avg(days), 1) as avg_days_incl_ongoing,
    max(days) as longest_days
from spells
group by all
order by country, squad, role
