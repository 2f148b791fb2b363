-- quality.quarantine: every input record that did not make it into a table, with the reason.
with rejects as (
    select * from quality.rejects
)

select
    source,
    source_ref,
    reason,
    record,
    seen_at,
    stage
from rejects
order by stage, source, source_ref
