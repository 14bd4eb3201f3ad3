-- Where each person was on every day up to as_of (metrics.md, "Stay covers d", "In reception on d"),
-- as non-overlapping half-open intervals [seg_start, seg_end). An open stay covers up to and including
-- as_of; where two stays of a person overlap, the one with the later instroom wins (ties: the higher
-- location code). Interval arithmetic: each person's stay boundaries cut the time line into elementary
-- intervals, and each elementary interval goes to the winning stay that covers it.

CREATE TABLE clipped_stays AS
SELECT * FROM (
    SELECT vnummer, locatiecode, datum_instroom AS stay_start,
           least(coalesce(datum_uitstroom, getvariable('as_of') + 1), getvariable('as_of') + 1) AS stay_end
    FROM stays
    WHERE datum_instroom <= getvariable('as_of'))
WHERE stay_end > stay_start;

CREATE TABLE segments AS
WITH bounds AS (
    SELECT vnummer, stay_start AS b FROM clipped_stays
    UNION
    SELECT vnummer, stay_end FROM clipped_stays),
elementary AS (
    SELECT vnummer, b AS seg_start, lead(b) OVER (PARTITION BY vnummer ORDER BY b) AS seg_end
    FROM bounds),
winners AS (
    SELECT e.vnummer, e.seg_start, e.seg_end,
           arg_max(s.locatiecode, (s.stay_start, s.locatiecode)) AS locatiecode
    FROM elementary e
    JOIN clipped_stays s ON s.vnummer = e.vnummer AND s.stay_start <= e.seg_start AND s.stay_end >= e.seg_end
    GROUP BY e.vnummer, e.seg_start, e.seg_end)
SELECT w.vnummer, w.seg_start, w.seg_end, l.category, l.provincie,
       p.birth_month, p.amv, p.bsn, p.application_date
FROM winners w
JOIN locations l USING (locatiecode)
JOIN persons p USING (vnummer);
