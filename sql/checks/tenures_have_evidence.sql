-- tenures no evidence row supports
select t.tenure_id
from core.tenures t
anti join core.evidence e on e.tenure_id = t.tenure_id
