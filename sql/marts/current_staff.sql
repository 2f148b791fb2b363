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

open_tenures as (
    select *
    from tenures
    where end_date is null or end_date >= current_date
),

-- One head coach per squad: of the open head-coach and caretaker spells (some only known
-- from a passing mention with no dates), the one that began, or was reported, last.
-- Other staff roles keep every open spell.
ranked as (
    select
        *,
        row_number() over (
            partition by
                squad_id,
                case when role in ('head_coach', 'caretaker') then 'head' else role end,
                case when role in ('head_coach', 'caretaker') then null else coach_id end
            order by
                start_date is null,  -- a dated spell outranks a passing, undated mention
                coalesce(start_date, cast(first_reported_at as date)) desc nulls last,
                confidence desc,
                tenure_id
        ) as rank_in_post
    from open_tenures
),

current_tenures as (
    select * exclude (rank_in_post) from ranked where rank_in_post = 1
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
