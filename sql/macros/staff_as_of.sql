-- staff_as_of(valid_at, known_at): who held each post on valid_at, according to what had
-- been published by known_at. A spell counts once it was reported; its end counts once the
-- end was reported.
create or replace macro staff_as_of(valid_at, known_at) as table
with tenures as (
    select * from core.tenures
),

bounded as (
    -- a spell with an unknown start began after its predecessor ended
    select
        tenures.*,
        coalesce(tenures.start_date, predecessor.end_date + 1) as earliest_start
    from tenures
    left join tenures as predecessor on predecessor.tenure_id = tenures.predecessor_tenure_id
),

known as (
    select
        *,
        case when end_reported_at is null or cast(end_reported_at as date) <= cast(known_at as date)
            then end_date end as known_end_date
    from bounded
    -- a spell with no publication time (e.g. a roster row without dates of record) counts as
    -- known from its start
    where coalesce(cast(first_reported_at as date), start_date, date '0001-01-01') <= cast(known_at as date)
)

select
    clubs.name as club,
    squads.level as squad,
    coaches.full_name as coach,
    known.role,
    known.start_date,
    known.known_end_date as end_date,
    known.confidence
from known
join core.coaches as coaches using (coach_id)
join core.squads as squads using (squad_id)
join core.clubs as clubs on clubs.club_id = squads.club_id
where (known.earliest_start is null or known.earliest_start <= cast(valid_at as date))
  and (known.known_end_date is null or known.known_end_date >= cast(valid_at as date))
order by club, squad, known.role, coach
