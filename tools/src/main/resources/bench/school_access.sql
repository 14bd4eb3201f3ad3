-- metrics.md, gold.school_access.
--
-- Cohort: persons with application date A on or before as_of, aged 5..17 on A. Term N = 90 days when
-- A < 2026-06-12 (getvariable('pact_start')), else 60 days (EU Migration Pact). Deadline D = A + N.
-- First school day F = the smallest max(inschrijving, A) over the person's enrolments (through the bsn)
-- that cover that day, on or before as_of. Status on as_of, the first that applies: UNLINKED (no bsn),
-- ENROLLED_IN_TIME (F <= D), ENROLLED_LATE (F > D), LEFT (no F, not in reception on min(D, as_of)),
-- WAITING_IN_TERM (no F, as_of <= D), OVERDUE (no F, as_of > D). Place: the segment covering
-- min(D, as_of), or else the last one that began before it; ONBEKEND when none began by then.

CREATE TABLE school_access_facts AS
WITH cohort AS (
    SELECT *, least(deadline, getvariable('as_of')) AS place_date
    FROM (
        SELECT vnummer, bsn, amv, application_date AS a,
               age_on(birth_month, application_date) AS age_on_a,
               application_date
                   + CASE WHEN application_date < getvariable('pact_start') THEN 90 ELSE 60 END AS deadline
        FROM persons
        WHERE application_date <= getvariable('as_of'))
    WHERE age_on_a BETWEEN 5 AND 17),
first_day AS (
    SELECT c.vnummer, min(greatest(e.datum_inschrijving, c.a)) AS f
    FROM cohort c JOIN enrolments e ON e.bsn = c.bsn
    WHERE greatest(e.datum_inschrijving, c.a) <= getvariable('as_of')
      AND (e.datum_uitschrijving IS NULL OR e.datum_uitschrijving > greatest(e.datum_inschrijving, c.a))
    GROUP BY c.vnummer),
place AS (
    SELECT c.vnummer,
           arg_max({'category': s.category, 'provincie': s.provincie, 'seg_end': s.seg_end}, s.seg_start) AS latest
    FROM cohort c JOIN segments s ON s.vnummer = c.vnummer AND s.seg_start <= c.place_date
    GROUP BY c.vnummer)
SELECT c.vnummer,
       date_trunc('month', c.a)::DATE AS cohort_month,
       coalesce(p.latest.category, 'ONBEKEND') AS category,
       coalesce(p.latest.provincie, 'ONBEKEND') AS provincie,
       jn(c.amv) AS amv,
       school_band(c.age_on_a) AS age_band,
       f.f - c.a AS days_to_school,
       coalesce(f.f - c.a <= 42, false) AS within_42_days,
       CASE WHEN c.bsn IS NULL THEN 'UNLINKED'
            WHEN f.f <= c.deadline THEN 'ENROLLED_IN_TIME'
            WHEN f.f > c.deadline THEN 'ENROLLED_LATE'
            WHEN NOT coalesce(p.latest.seg_end > c.place_date, false) THEN 'LEFT'
            WHEN getvariable('as_of') <= c.deadline THEN 'WAITING_IN_TERM'
            ELSE 'OVERDUE' END AS status
FROM cohort c
LEFT JOIN first_day f USING (vnummer)
LEFT JOIN place p USING (vnummer);

-- One row per cohort month (from the first reporting month) and every subset of the dimensions, the
-- others ALL. within_42_days: F <= A + 42 (the national aim of school within six weeks). Medians and p90
-- over the enrolled, with linear interpolation.
-- pct_in_time = in_time / (in_time + late + overdue) as a percentage, null when that base is 0.
CREATE TABLE gold_school_access AS
SELECT cohort_month,
       dim(category, grouping(category)) AS category,
       dim(provincie, grouping(provincie)) AS provincie,
       dim(amv, grouping(amv)) AS amv,
       dim(age_band, grouping(age_band)) AS age_band,
       count(*) AS children,
       count_if(status = 'UNLINKED') AS unlinked,
       count_if(status = 'ENROLLED_IN_TIME') AS enrolled_in_time,
       count_if(status = 'ENROLLED_LATE') AS enrolled_late,
       count_if(status = 'WAITING_IN_TERM') AS waiting_in_term,
       count_if(status = 'OVERDUE') AS overdue,
       count_if(status = 'LEFT') AS "left",
       count_if(within_42_days) AS within_42_days,
       quantile_cont(days_to_school, 0.5)::DOUBLE AS median_days_to_school,
       quantile_cont(days_to_school, 0.9)::DOUBLE AS p90_days_to_school,
       CASE WHEN count_if(status IN ('ENROLLED_IN_TIME', 'ENROLLED_LATE', 'OVERDUE')) > 0
            THEN count_if(status = 'ENROLLED_IN_TIME') * 100.0::DOUBLE
                 / count_if(status IN ('ENROLLED_IN_TIME', 'ENROLLED_LATE', 'OVERDUE')) END AS pct_in_time
FROM school_access_facts
WHERE cohort_month >= getvariable('first_month')
GROUP BY cohort_month, CUBE (category, provincie, amv, age_band);
