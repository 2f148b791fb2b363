-- staff spells: one row per coach x team x role stretch, from match sheets and staff lists.
--
-- match-based spells (raw.match_managers): a manager's first to last match with a team,
-- over every season of the source; sides with no manager data are skipped, so a season
-- without managers does not split a spell; a spell ends where another manager appears.
-- two managers listed for one side: the head coach is the one who appears alone for that
-- team in more matches (then: in more matches; then: listed first); the others are
-- other_staff (co-listed) spells, so there are never two overlapping head coaches.
--
-- overlaps among head_coach/caretaker spells of one source, club and squad are resolved
-- predictably (never blocking): a spell ends the day before the next spell of the same
-- kind starts (a head coach is ended by the next head coach; a caretaker by the next head
-- coach or caretaker); a caretaker inside a head coach's spell does not end it. the
-- result is effective_end_date; quality.spell_overlaps lists the conflicts.
with match_rows as (
    select
        *,
        case when team_id is not null then team_id
             else trim(regexp_replace(lower(strip_accents(team_name)), '[^a-z0-9]+', ' ', 'g'))
        end as team_key,
        case when manager_id is not null then manager_id
             else trim(regexp_replace(lower(strip_accents(manager_name)), '[^a-z0-9]+', ' ', 'g'))
        end as coach_key
    from raw.match_managers
    where manager_name is not null and match_date is not null
),

co_listed as (
    select * from match_rows where n_listed > 1
),

coach_totals as (
    -- for managers ever co-listed: how often they appear for that team, alone and in all
    select
        source, team_key, squad, coach_key,
        count(*) filter (where n_listed = 1) as solo_matches,
        count(*) as matches
    from match_rows
    semi join (select distinct source, team_key, squad, coach_key from co_listed)
        using (source, team_key, squad, coach_key)
    group by all
),

co_listed_ranked as (
    select
        c.*,
        row_number() over (
            partition by c.source, c.team_key, c.squad, c.match_id
            order by t.solo_matches desc, t.matches desc, c.listed_order, c.coach_key
        ) as side_rank
    from co_listed as c
    inner join coach_totals as t using (source, team_key, squad, coach_key)
),

ranked as (
    select *, 1 as side_rank from match_rows where n_listed <= 1
    union all by name
    select * from co_listed_ranked
),

head_rows as (
    select * from ranked where side_rank = 1
),

coach_ranges as (
    select source, team_key, squad, coach_key, min(match_date) as first_date, max(match_date) as last_date
    from head_rows
    group by all
),

tangled_teams as (
    -- teams where one manager's first-to-last range meets another's (a manager came back):
    -- only there must spells be cut in match order; elsewhere each manager is one spell
    select distinct a.source, a.team_key, a.squad
    from coach_ranges as a
    inner join coach_ranges as b
        on a.source = b.source and a.team_key = b.team_key and a.squad = b.squad
        and a.coach_key < b.coach_key
        and a.first_date <= b.last_date and b.first_date <= a.last_date
),

tangled_changes as (
    select
        *,
        case when coach_key is distinct from lag(coach_key) over team_order then 1 else 0 end as is_new
    from head_rows
    semi join tangled_teams using (source, team_key, squad)
    window team_order as (partition by source, team_key, squad order by match_date, match_id)
),

head_islands as (
    select *, 0 as island
    from head_rows
    anti join tangled_teams using (source, team_key, squad)
    union all by name
    select
        * exclude (is_new),
        sum(is_new) over (
            partition by source, team_key, squad order by match_date, match_id
            rows between unbounded preceding and current row
        ) as island
    from tangled_changes
),

spell_rows as (
    -- the head coach's rows by island, and the co-listed others' (one spell a team each)
    select *, 'head_coach' as role from head_islands
    union all by name
    select *, 'other_staff' as role, 0 as island from ranked where side_rank > 1
),

match_spells as (
    select
        source, team_key, squad, coach_key, role, island,
        count(*) as n_matches,
        min(match_date) as start_date,
        max(match_date) as end_date,
        arg_min(source_ref, match_date) || ' .. ' || arg_max(source_ref, match_date) as source_ref,
        arg_max(manager_name, match_date) as coach_name,
        arg_max(manager_nickname, match_date) as coach_known_as,
        arg_max(manager_id, match_date) as coach_source_id,
        -- a birth date after the match (or under 15 years before it) is a typo: unknown
        max(manager_dob) filter (where manager_dob < match_date - interval 15 years) as coach_birth_date,
        arg_max(manager_country, match_date) as coach_nationality,
        arg_max(team_name, match_date) as club_name,
        arg_max(team_id, match_date) as club_source_id,
        arg_max(country, match_date) as country
    from spell_rows
    group by source, team_key, squad, coach_key, role, island
),

match_based as (
    select
        source, source_ref, coach_name, coach_known_as, coach_source_id, coach_birth_date,
        coach_nationality, club_name, club_source_id, country, squad, role,
        start_date, 'day' as start_precision,
        end_date, 'day' as end_precision,
        n_matches,
        end_date as reported_at,
        -- how the end is known: another manager took over, or the source has no later match
        case
            when role = 'head_coach' and lead(start_date) over team_spells is not null then 'successor'
            else 'last_match'
        end as end_basis,
        'matches' as basis
    from match_spells
    window team_spells as (partition by source, team_key, squad, role order by start_date)
),

roster_based as (
    select
        source, source_ref, coach as coach_name, coach_known_as, coach_source_id,
        coach_birth_date, coach_nationality, club as club_name, club_source_id, country,
        squad, role, start_date, start_precision, end_date, end_precision,
        null::bigint as n_matches,
        reported_at,
        case when end_date is null then 'open' else 'stated' end as end_basis,
        'roster' as basis
    from raw.staff_rosters
),

spells as (
    select
        md5(concat_ws('|', source, source_ref, coach_name, club_name, squad, role, start_date)) as spell_id,
        * replace (
            -- transfermarkt marks defunct clubs with '(-2020)' / '( -2022)': not part of the name
            trim(regexp_replace(club_name, '\(\s*-\s*\d{4}\s*\)\s*$', '')) as club_name
        ),
        coalesce(club_source_id, trim(regexp_replace(lower(strip_accents(
            regexp_replace(club_name, '\(\s*-\s*\d{4}\s*\)\s*$', ''))), '[^a-z0-9]+', ' ', 'g'))) as club_key,
        coalesce(coach_source_id, trim(regexp_replace(lower(strip_accents(coach_name)), '[^a-z0-9]+', ' ', 'g'))) as coach_key,
        -- the last day the start could be, given its precision ('2019' → 2019-12-31)
        case start_precision
            when 'year' then make_date(year(start_date), 12, 31)
            when 'month' then last_day(start_date)
            when 'season' then make_date(year(start_date) + 1, 6, 30)
            else start_date
        end as start_ceiling
    from (select * from match_based union all select * from roster_based)
),

head_successors as (
    -- the next head coach's start, for head coaches
    select
        spell_id,
        lead(start_date) over w as next_start,
        lead(start_ceiling) over w as next_start_ceiling,
        lead(start_precision) over w as next_precision
    from spells
    where role = 'head_coach' and start_date is not null
    window w as (partition by source, club_key, squad order by start_date, spell_id)
),

caretaker_successors as (
    -- the next head coach's or caretaker's start, for caretakers
    select
        spell_id, role,
        lead(start_date) over w as next_start,
        lead(start_ceiling) over w as next_start_ceiling,
        lead(start_precision) over w as next_precision
    from spells
    where role in ('head_coach', 'caretaker') and start_date is not null
    window w as (partition by source, club_key, squad order by start_date, spell_id)
),

successors as (
    select spell_id, next_start, next_start_ceiling, next_precision from head_successors
    union all
    select spell_id, next_start, next_start_ceiling, next_precision
    from caretaker_successors
    where role = 'caretaker'
),

clipped as (
    -- the next spell certainly starts before this one's stated end (its start period is
    -- over by then): this one ends the day before it
    select
        s.*,
        n.next_start,
        n.next_precision,
        n.next_start > s.start_date
            and n.next_start_ceiling < coalesce(s.end_date, date '9999-12-31') as is_clipped
    from spells as s
    left join successors as n using (spell_id)
)

select
    * exclude (club_key, coach_key, next_start, next_precision, is_clipped),
    case when is_clipped then next_start - 1 else end_date end as effective_end_date,
    case when is_clipped then next_precision else end_precision end as effective_end_precision,
    club_key,
    coach_key
from clipped
