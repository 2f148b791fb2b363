-- one row per staff-list entry: a coach in a role with a squad, from when to when
create table if not exists raw.staff_rosters (
    source varchar not null,          -- source name from touchline.yaml
    source_ref varchar not null,      -- file and row: 'staff.csv:12', or the statement URI
    source_file varchar,
    coach varchar not null,           -- cleaned display name (given + family name joined)
    coach_known_as varchar,
    coach_source_id varchar,          -- the source's id for the person (Wikidata QID, ...)
    coach_birth_date date,
    coach_nationality varchar,
    club varchar,
    club_source_id varchar,
    country varchar,                  -- the club's country
    squad varchar not null,           -- DESIGN.md squad vocabulary
    role varchar not null,            -- DESIGN.md role vocabulary
    squad_raw varchar,
    role_raw varchar,
    start_raw varchar,
    end_raw varchar,
    start_date date,                  -- first day of the start period ('2019' → 2019-01-01)
    start_precision varchar,          -- day | month | season | year
    end_date date,                    -- last day of the end period ('2019' → 2019-12-31); null = open
    end_precision varchar,
    reported_at date                  -- when the source says this became known, if it does
);
