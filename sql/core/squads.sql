-- core.squads: a club's team at one level (first_team, reserve, u19, women, national, ...).
create table if not exists core.squads (
    squad_id varchar primary key,
    club_id varchar not null,
    level varchar not null,
    name varchar not null
)
