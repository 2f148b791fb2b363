-- core.coaches: one row per person, across every source and the news.
create table if not exists core.coaches (
    coach_id varchar primary key,
    full_name varchar not null,
    known_as varchar,
    aliases varchar[],
    birth_date date,
    nationality varchar
)
