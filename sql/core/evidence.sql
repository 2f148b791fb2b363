-- core.evidence: every supporting record (an article sentence, a match-sheet spell, a roster
-- row, a Wikidata statement), resolved to coach and squad and linked to its event and tenure.
create table if not exists core.evidence (
    evidence_id varchar primary key,
    evidence_kind varchar not null,     -- article or spell
    source varchar not null,
    source_ref varchar not null,
    article_id varchar,
    coach_id varchar not null,
    squad_id varchar not null,
    role varchar not null,
    event varchar not null,
    event_date date,
    date_precision varchar,
    end_date date,
    end_precision varchar,
    end_basis varchar,                  -- spells: open, stated, successor, last_match (data ran out)
    confidence double not null,
    published_at timestamp,
    text varchar,
    char_start integer,
    char_end integer,
    event_id varchar,
    tenure_id varchar
)
