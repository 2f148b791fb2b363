-- one row per match x team x listed manager (or one row with a null manager when the
-- source has no manager data for that side: the match is known, its manager is not)
create table if not exists raw.match_managers (
    source varchar not null,          -- source name from touchline.yaml
    source_ref varchar not null,      -- file and record: 'matches_11_1.json#9575/home/1'
    source_file varchar,
    match_id varchar,
    match_date date,
    season varchar,                   -- '2017-18' for clubs, the tournament year for national teams
    competition varchar,
    team_name varchar,
    team_id varchar,
    country varchar,                  -- the team's country
    squad varchar,                    -- first_team, women, national, national_women, ...
    manager_name varchar,             -- full (legal) name as given; null = no manager data
    manager_nickname varchar,         -- usual name when the source has one
    manager_id varchar,
    manager_dob date,
    manager_country varchar,
    listed_order integer,             -- 1-based position among the side's managers
    n_listed integer                  -- managers listed for that side in that match
);
