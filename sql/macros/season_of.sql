-- season_of(d): the football season (July–June) a date falls in, written '2024-25'.
create or replace macro season_of(d) as
    case
        when month(d) >= 7 then concat(year(d), '-', lpad(cast((year(d) + 1) % 100 as varchar), 2, '0'))
        else concat(year(d) - 1, '-', lpad(cast(year(d) % 100 as varchar), 2, '0'))
    end
