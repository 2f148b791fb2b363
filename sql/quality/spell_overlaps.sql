-- pairs of head_coach / caretaker spells of one source, club and squad whose dates overlap
-- whatever their precision ("2015 – 2019" then "2019 –" is a handover, not an overlap;
-- "until November 2024" then "from 5 November 2024" neither). kinds: caretaker_inside (a caretaker spell within a head coach's: kept,
-- the head coach's spell is not cut), same_coach (a duplicate or year typo), overlap.
-- resolution (applied in staging.staff_spells.effective_end_date): the earlier spell ends
-- the day before the later one starts, except around a caretaker inside a head coach's spell.
with spells as (
    select
        *,
        case end_precision
            when 'year' then date_trunc('year', end_date)::date
            when 'month' then date_trunc('month', end_date)::date
            when 'season' then make_date(year(end_date) - 1, 7, 1)
            else end_date
        end as end_floor
    from staging.staff_spells
    where role in ('head_coach', 'caretaker') and start_date is not null
),

pairs as (
    select
        a.source, a.club_name, a.squad,
        a.spell_id, a.coach_name, a.role, a.start_date, a.end_date,
        b.spell_id as other_spell_id, b.coach_name as other_coach_name, b.role as other_role,
        b.start_date as other_start_date, b.end_date as other_end_date,
        b.start_date as overlap_start,
        least(coalesce(a.end_date, date '9999-12-31'), coalesce(b.end_date, date '9999-12-31')) as overlap_end,
        a.coach_key = b.coach_key as same_coach,
        b.role = 'caretaker' and a.role = 'head_coach'
            and coalesce(b.end_date, date '9999-12-31') <= coalesce(a.end_date, date '9999-12-31') as caretaker_inside
    from spells as a
    inner join spells as b
        on a.source = b.source
        and a.club_key = b.club_key
        and a.squad = b.squad
        and (a.start_date, a.spell_id) < (b.start_date, b.spell_id)
        -- certain overlap: b's start period is over before a's end period begins
        and (a.end_date is null or b.start_ceiling < a.end_floor)
)

select
    source, club_name, squad, spell_id, coach_name, role, start_date, end_date,
    other_spell_id, other_coach_name, other_role, other_start_date, other_end_date,
    overlap_start, overlap_end,
    case when overlap_end = date '9999-12-31' then null else overlap_end - overlap_start + 1 end as overlap_days,
    case
        when same_coach then 'same_coach'
        when caretaker_inside then 'caretaker_inside'
        else 'overlap'
    end as kind,
    case
        when caretaker_inside then 'both kept; the caretaker acts inside the head coach''s spell'
        else 'earlier spell ends the day before ' || other_start_date::varchar
    end as resolution
from pairs
