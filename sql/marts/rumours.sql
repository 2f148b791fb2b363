-- marts.rumours: every offer, approach and link, and what came of it: the coach was appointed
-- to that squad within 365 days of the first report ('appointed'), turned it down
-- ('declined'), or nothing yet ('open').
with events as (
    select * from core.events
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

rumours as (
    select * from events where event in ('offer', 'linked')
),

declines as (
    select coach_id, squad_id, min(coalesce(event_date, cast(first_reported_at as date))) as declined_on
    from events
    where event = 'offer_declined'
    group by all
),

appointments as (
    select coach_id, squad_id, coalesce(event_date, cast(first_reported_at as date)) as appointed_on
    from events
    where event = 'appointed'
    union
    select coach_id, squad_id, start_date
    from core.tenures
    where start_date is not null
),

outcomes as (
    select
        rumours.event_id,
        min(appointments.appointed_on) as appointed_on
    from rumours
    join appointments
        on appointments.coach_id = rumours.coach_id
        and appointments.squad_id = rumours.squad_id
        and appointments.appointed_on >= cast(rumours.first_reported_at as date) - interval 30 day
        and appointments.appointed_on <= cast(rumours.first_reported_at as date) + interval 365 day
    group by all
)

select
    rumours.event_id,
    coaches.full_name as coach,
    clubs.name as club,
    squads.level as squad,
    rumours.event,
    rumours.role,
    cast(rumours.first_reported_at as date) as first_reported_on,
    rumours.n_sources,
    rumours.confidence,
    case
        when outcomes.appointed_on is not null then 'appointed'
        when declines.declined_on is not null then 'declined'
        else 'open'
    end as outcome,
    coalesce(outcomes.appointed_on, declines.declined_on) as outcome_on
from rumours
join coaches using (coach_id)
join squads using (squad_id)
join clubs on clubs.club_id = squads.club_id
left join outcomes using (event_id)
left join declines on declines.coach_id = rumours.coach_id and declines.squad_id = rumours.squad_id
order by first_reported_on, coach
