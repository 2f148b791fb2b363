-- marts.current_staff: every squad's current head coach and staff, since when, days in post.
with tenures as (
    select * from core.tenures
),

coaches as (
    select * from core.coaches
),

squads as (
    select * from core.squads
),

clubs as (
    select * from core.clubs
),

current_tenures as (
    select *
    from tenures
    where end_date is null or end_date >= current_date
)

select
    current_tenures.tenure_id,
    clubs.club_id,
    clubs.name as club,
    clubs.country,
    squads.squad_id,
    squads.level as squad,
    squads.name as squad_name,
    coaches.coach_id,
    coaches.full_name as coach,
    current_tenures.role,
    current_tenures.start_date as since,
    current_tenures.start_precision as since_precision,
    case when current_tenures.start_date is not null
        then date_diff('day', current_tenures.start_date, current_date) end as days_in_post,
    current_tenures.confidence,
    current_tenures.n_sources,
    current_tenures.first_reported_at
from current_tenures
join coaches using (coach_id)
join squads using (squad_id)
join clubs on clubs.club_id = squads.club_id
order by club, squad, role, coach
