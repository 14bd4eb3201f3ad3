-- metrics.md, gold.relocation_rate_monthly.

-- The reporting months: from the month of the earliest delivery to the month of as_of; month-end is the
-- month's last day, or as_of if that comes first.
CREATE TABLE months AS
SELECT m::DATE AS month, least(last_day(m::DATE), getvariable('as_of')) AS month_end
FROM generate_series(getvariable('first_month'), date_trunc('month', getvariable('as_of'))::DATE, INTERVAL 1 MONTH) t(m);

-- Moves (metrics.md, Move): accepted relocations with van != naar, dated on or before as_of, of a person
-- who is a minor on that date. A relocation out of an AANMELDCENTRUM is the intake placement: no move.
CREATE TABLE moves AS
SELECT r.vnummer, r.datum_verhuizing AS move_date, van.category AS from_category, p.amv, p.birth_month
FROM relocations r
JOIN persons p USING (vnummer)
JOIN locations van ON van.locatiecode = r.van_locatiecode
JOIN locations naar ON naar.locatiecode = r.naar_locatiecode
WHERE r.datum_verhuizing <= getvariable('as_of')
  AND r.van_locatiecode <> r.naar_locatiecode
  AND age_on(p.birth_month, r.datum_verhuizing) < 18
  AND van.category <> 'AANMELDCENTRUM';

-- One row per month, category and minor: child-days (the days of the month up to month-end on which the
-- minor was in reception in that category: segment pieces by interval arithmetic), moves out of that
-- category dated in the month, and on month-end e whether the minor was there and had 3 or more moves
-- dated e - 364 .. e. Ages count from the first day of the birth month, so a person's age, and age band,
-- are the same on every day of a calendar month: the band of the month is the band on each of its days
-- (on the move date, on month-end), and a person's amv and band are constant within a month.
CREATE TABLE relocation_rate_facts AS
WITH pieces AS (
    SELECT s.vnummer, s.category, s.amv, s.birth_month, s.seg_end, m.month, m.month_end,
           least(s.seg_end, m.month_end + 1) - greatest(s.seg_start, m.month) AS days
    FROM segments s JOIN months m ON m.month < s.seg_end AND m.month_end >= s.seg_start),
move_dates AS (
    SELECT vnummer, list(move_date) AS dates FROM moves GROUP BY vnummer),
events AS (
    SELECT month, category, vnummer, amv, birth_month, days AS child_days, 0 AS moves_out, 0 AS at_month_end,
           0 AS three_plus_moves
    FROM pieces
    UNION ALL
    SELECT m.month, mv.from_category, mv.vnummer, mv.amv, mv.birth_month, 0, 1, 0, 0
    FROM moves mv JOIN months m ON m.month = date_trunc('month', mv.move_date)::DATE
    UNION ALL
    SELECT p.month, p.category, p.vnummer, p.amv, p.birth_month, 0, 0, 1,
           CASE WHEN len(list_filter(d.dates, x -> x <= p.month_end AND x > p.month_end - 365)) >= 3 THEN 1 ELSE 0 END
    FROM pieces p LEFT JOIN move_dates d USING (vnummer)
    WHERE p.seg_end > p.month_end)
SELECT month, category, vnummer, jn(amv) AS amv, age_band(age_on(birth_month, month)) AS age_band,
       sum(child_days)::BIGINT AS child_days, sum(moves_out)::BIGINT AS moves_out,
       sum(at_month_end)::BIGINT AS at_month_end, sum(three_plus_moves)::BIGINT AS three_plus_moves
FROM events
WHERE age_on(birth_month, month) < 18
GROUP BY month, category, vnummer, amv, birth_month;

-- One row per month and every subset of category, amv and age band, the others ALL. The ALL categories
-- come from the facts summed per minor and month first, so a minor in two categories in a month is one
-- child present; with a minor's amv and band fixed within a month, every cell then holds at most one row
-- per minor and children_present is a plain count (count(DISTINCT) over CUBE is several times slower in
-- DuckDB). moves_per_1000_days = moves_out / child_days * 1000, null without child-days. A month without
-- any fact gets one ALL row with zero counts.
CREATE TABLE gold_relocation_rate_monthly AS
WITH per_minor AS (
    SELECT month, category, amv, age_band, child_days, moves_out, at_month_end, three_plus_moves
    FROM relocation_rate_facts
    UNION ALL
    SELECT month, 'ALL', amv, age_band, sum(child_days), sum(moves_out), sum(at_month_end), sum(three_plus_moves)
    FROM relocation_rate_facts
    GROUP BY month, vnummer, amv, age_band),
gold AS (
    SELECT month, category,
           dim(amv, grouping(amv)) AS amv,
           dim(age_band, grouping(age_band)) AS age_band,
           sum(child_days)::BIGINT AS child_days,
           count_if(child_days > 0) AS children_present,
           sum(moves_out)::BIGINT AS moves_out,
           CASE WHEN sum(child_days) > 0
                THEN sum(moves_out)::DOUBLE * 1000.0::DOUBLE / sum(child_days)::DOUBLE END AS moves_per_1000_days,
           sum(at_month_end)::BIGINT AS children_at_month_end,
           sum(three_plus_moves)::BIGINT AS children_3plus_moves_12m
    FROM per_minor
    GROUP BY month, category, CUBE (amv, age_band))
SELECT * FROM gold
UNION ALL
SELECT month, 'ALL', 'ALL', 'ALL', 0, 0, 0, NULL, 0, 0
FROM months
WHERE month NOT IN (SELECT month FROM gold);
