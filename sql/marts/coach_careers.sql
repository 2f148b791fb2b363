-- marts.coach_careers: each coach's spells in order, with club, squad, role, length, how it ended.
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
)

select
    coaches.coach_id,
    coaches.full_name as coach,
    row_number() over (
        partition by coaches.coach_id
        order by tenures.start_date nulls first, tenures.end_date nulls last, tenures.tenure_id
    ) as spell_number,
    tenures.tenure_id,
    clubs.name as club,
    clubs.country,
    squads.level as squad,
    tenures.role,
    tenures.start_date,
    tenures.start_precision,
    tenures.end_date,
    tenures.end_precision,
    case
        when tenures.end_date is null then 'ongoing'
        else coalesce(tenures.end_reason, 'ended')
    end as ended_by,
    case when tenures.start_date is not null
        then date_diff('day', tenures.start_date, coalesce(tenures.end_date, current_date))
    end as days,
    tenures.confidence,
    tenures.n_sources
from tenures
join coaches using (coach_id)
join squads using (squad_id)
join clubs on clubs.club_id = squads.club_id
order by coaches.full_name, coaches.coach_id, spell_number
