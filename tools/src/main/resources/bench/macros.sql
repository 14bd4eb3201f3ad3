-- Conventions of metrics.md ("Common terms") as DuckDB macros, shared by the peer's scripts.

-- Age on day d: whole years between the first day of the birth month and d.
CREATE MACRO age_on(birth_month, d) AS
    floor(((year(d) - year(birth_month)) * 12 + month(d) - month(birth_month)) / 12)::INTEGER;

-- The first day of the month in which a person born in birth_month turns the given age.
CREATE MACRO birthday(birth_month, years) AS (birth_month + to_years(years))::DATE;

-- Age bands of minors (and 18+ for adults).
CREATE MACRO age_band(age) AS
    CASE WHEN age < 4 THEN '0-3' WHEN age < 12 THEN '4-11' WHEN age < 18 THEN '12-17' ELSE '18+' END;

-- Age bands of school-age children; null outside school age.
CREATE MACRO school_band(age) AS
    CASE WHEN age BETWEEN 5 AND 11 THEN '5-11' WHEN age BETWEEN 12 AND 17 THEN '12-17' END;

-- Boolean dimensions in gold read J / N, as in the raw data (docs/decisions.md).
CREATE MACRO jn(flag) AS CASE WHEN flag THEN 'J' ELSE 'N' END;

-- A dimension value in a grouping-sets result: ALL where the dimension was aggregated away.
CREATE MACRO dim(value, grouped) AS CASE WHEN grouped = 1 THEN 'ALL' ELSE value END;
