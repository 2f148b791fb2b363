-- events no evidence row supports
select ev.event_id
from core.events ev
anti join core.evidence e on e.event_id = ev.event_id
