-- knowledge time after the run: nothing can have been reported later than now
select 'tenures' as table_name, tenure_id as id, first_reported_at from core.tenures
    where first_reported_at > now()::timestamp
union all
select 'events', event_id, first_reported_at from core.events
    where first_reported_at > now()::timestamp
