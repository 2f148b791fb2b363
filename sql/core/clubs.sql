-- core.clubs: clubs and national teams (for a national team, name and country are the country).
create table if not exists core.clubs (
    club_id varchar primary key,
    name varchar not null,
    country varchar,
    kind varchar,              -- club or national
    aliases varchar[]
)
