-- core.coach_source_ids: every source identifier of a coach, with how it was matched.
create table if not exists core.coach_source_ids (
    coach_id varchar not null,
    source varchar not null,
    source_id varchar not null,
    method varchar not null,   -- e.g. source_id, exact_name, name_tokens, nickname
    score double not null      -- 0..1, how sure the match is
)
