-- head-coach spells of one squad that overlap (caretakers filling a gap are fine: only
-- head_coach against head_coach counts). Returns the offending pairs.
with head_coaches as (
    select * from core.tenures where role = 'head_coach'
)

select a.squad_id, a.tenure_id as tenure_a, b.tenure_id as tenure_b,
       a.start_date as start_a, a.end_date as end_a, b.start_date as start_b, b.end_date as end_b
from head_coaches a
join head_coaches b
    on a.squad_id = b.squad_id
    and a.tenure_id < b.tenure_id
    and a.coach_id <> b.coach_id
where a.start_date is not null and b.start_date is not null
  and a.start_date < coalesce(b.end_date, date '9999-12-31')
  and b.start_date < coalesce(a.end_date, date '9999-12-31')
