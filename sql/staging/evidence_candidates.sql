-- staging.evidence_candidates: every piece of evidence in one shape, before identity
-- resolution: article facts and structured spells (rosters, match sheets, Wikidata).
with news as (
    select * from staging.news_facts
),

spells as (
    select * from staging.staff_spells
),

news_evidence as (
    select
        'article' as evidence_kind,
        source,
        source_ref,
        article_id,
        fact_index,
        coach as coach_name,
        cast(null as varchar) as coach_known_as,
        cast(null as varchar) as coach_source_id,
        cast(null as date) as coach_birth_date,
        cast(null as varchar) as coach_nationality,
        club as club_name,
        cast(null as varchar) as club_source_id,
        cast(null as varchar) as country,
        squad,
        role,
        event,
        event_date,
        date_precision,
        cast(null as date) as end_date,
        cast(null as varchar) as end_precision,
        cast(null as varchar) as end_basis,
        confidence,
        published_at,
        evidence as text,
        char_start,
        char_end
    from news
),

spell_evidence as (
    select
        'spell' as evidence_kind,
        source,
        source_ref,
        cast(null as varchar) as article_id,
        cast(null as integer) as fact_index,
        coach_name,
        coach_known_as,
        cast(coach_source_id as varchar) as coach_source_id,
        cast(coach_birth_date as date) as coach_birth_date,
        coach_nationality,
        club_name,
        cast(club_source_id as varchar) as club_source_id,
        country,
        squad,
        role,
        'in_charge' as event,
        cast(start_date as date) as event_date,
        start_precision as date_precision,
        -- overlap-resolved end (see sql/staging/staff_spells.sql)
        cast(effective_end_date as date) as end_date,
        effective_end_precision as end_precision,
        end_basis,
        -- match sheets name who sat on the bench; rosters are the club's own word
        0.95 as confidence,
        cast(reported_at as timestamp) as published_at,
        concat_ws(' ', coach_name, '·', role, '·', club_name, squad,
                  '·', cast(start_date as varchar), '→', coalesce(cast(end_date as varchar), 'open'),
                  case when n_matches is not null then concat('· ', n_matches, ' matches') end
        ) as text,
        cast(null as integer) as char_start,
        cast(null as integer) as char_end
    from spells
)

select * from news_evidence
union all by name
select * from spell_evidence
