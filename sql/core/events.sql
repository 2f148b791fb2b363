-- core.events: one row per real-world event, however many articles report it.
create table if not exists core.events (
    event_id varchar primary key,
    event varchar not null,
    coach_id varchar not null,
    squad_id varchar not null,
    role varchar,
    event_date date,
    date_precision varchar,
    confidence double not null,
    n_sources integer not null,
    first_reported_at timestamp
)
