-- core.tenures: who held which post from when to when (valid time), and since when we know
-- it (first_reported_at / end_reported_at: knowledge time).
create table if not exists core.tenures (
    tenure_id varchar primary key,
    coach_id varchar not null,
    squad_id varchar not null,
    role varchar not null,
    start_date date,
    start_precision varchar,
    end_date date,                      -- null: ongoing
    end_precision varchar,
    end_reason varchar,
    predecessor_tenure_id varchar,
    successor_tenure_id varchar,
    confidence double not null,
    n_sources integer not null,
    first_reported_at timestamp,
    end_reported_at timestamp
)
