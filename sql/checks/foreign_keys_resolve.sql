-- references to coaches, squads, clubs, tenures and events that do not exist
select 'tenures.coach_id' as reference, coach_id as value from core.tenures anti join core.coaches using (coach_id)
union all
select 'tenures.squad_id', squad_id from core.tenures anti join core.squads using (squad_id)
union all
select 'tenures.predecessor_tenure_id', t.predecessor_tenure_id from core.tenures t
    where t.predecessor_tenure_id is not null
      and t.predecessor_tenure_id not in (select tenure_id from core.tenures)
union all
select 'tenures.successor_tenure_id', t.successor_tenure_id from core.tenures t
    where t.successor_tenure_id is not null
      and t.successor_tenure_id not in (select tenure_id from core.tenures)
union all
select 'events.coach_id', coach_id from core.events anti join core.coaches using (coach_id)
union all
select 'events.squad_id', squad_id from core.events anti join core.squads using (squad_id)
union all
select 'squads.club_id', club_id from core.squads anti join core.clubs using (club_id)
union all
select 'evidence.coach_id', coach_id from core.evidence anti join core.coaches using (coach_id)
union all
select 'evidence.squad_id', squad_id from core.evidence anti join core.squads using (squad_id)
union all
select 'coach_source_ids.coach_id', coach_id from core.coach_source_ids anti join core.coaches using (coach_id)
