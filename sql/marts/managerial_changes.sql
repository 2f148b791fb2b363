-- marts.managerial_changes: per club and season, head-coach changes, sackings, caretakers and
-- the average length of the spells that ended that season.
with tenures as (
    select * from core.tenures
),

events as (
    select * from core.events
),

squads as (
    select * from core.squads
),

clubs as (
    select * from core.clubs
),

spell_starts as (
    select
        squads.club_id,
        squads.level as squad,
        season_of(tenures.start_date) as season,
        count(*) filter (where tenures.predecessor_tenure_id is not null) as changes,
        count(*) filter (where tenures.role = 'caretaker') as caretakers
    from tenures
    join squads using (squad_id)
    where tenures.role in ('head_coach', 'caretaker') and tenures.start_date is not null
    group by all
),

spell_ends as (
    select
        squads.club_id,
        squads.level as squad,
        season_of(tenures.end_date) as season,
        avg(date_diff('day', tenures.start_date, tenures.end_date)) as avg_spell_days
    from tenures
    join squads using (squad_id)
    where tenures.role = 'head_coach' and tenures.end_date is not null and tenures.start_date is not null
    group by all
),

sackings as (
    select
        squads.club_id,
        squads.level as squad,
        season_of(events.event_date) as season,
        count(*) as sackings
    from events
    join squads using (squad_id)
    where events.event = 'dismissed' and events.event_date is not null
    group by all
),

seasons as (
    select club_id, squad, season from spell_starts
    union
    select club_id, squad, season from spell_ends
    union
    select club_id, squad, season from sackings
)

select
    clubs.club_id,
    clubs.name as club,
    clubs.country,
    seasons.squad,
    seasons.season,
    coalesce(spell_starts.changes, 0) as changes,
    coalesce(sackings.sackings, 0) as sackings,
    coalesce(spell_starts.caretakers, 0) as caretakers,
    round(spell_ends.avg_spell_days, 1) as avg_spell_days
from seasons
join clubs using (club_id)
left join spell_starts using (club_id, squad, season)
left join spell_ends using (club_id, squad, season)
left join sackings using (club_id, squad, season)
order by club, squad, season
