-- The current picture of the accepted records (data-contract.md, Landing layout): a later delivery
-- replaces the earlier version of the same key, and within one delivery the later file and line win,
-- which is the order `ord` of the checked records.

CREATE TABLE locations AS
SELECT l.locatiecode, c.category, l.provincie
FROM accepted_coa_locaties l JOIN location_categories c USING (opvangvorm)
QUALIFY row_number() OVER (PARTITION BY l.locatiecode ORDER BY l.ord DESC) = 1;

-- Stays, key vnummer + locatiecode + datum_instroom.
CREATE TABLE stays AS
SELECT vnummer, locatiecode, datum_instroom, datum_uitstroom
FROM accepted_coa_bewoning
QUALIFY row_number() OVER (PARTITION BY vnummer, locatiecode, datum_instroom ORDER BY ord DESC) = 1;

-- Relocations, key vnummer + datum_verhuizing + van_locatiecode.
CREATE TABLE relocations AS
SELECT vnummer, datum_verhuizing, van_locatiecode, naar_locatiecode
FROM accepted_coa_verhuisbewegingen
QUALIFY row_number() OVER (PARTITION BY vnummer, datum_verhuizing, van_locatiecode ORDER BY ord DESC) = 1;

-- School registrations, key (bsn or onderwijsnummer) + brin + datum_inschrijving: exactly one of the two
-- numbers is present (a record with both or neither is rejected), so the pair keys the pupil.
CREATE TABLE enrolments AS
SELECT bsn, datum_inschrijving, datum_uitschrijving
FROM accepted_duo_inschrijvingen
QUALIFY row_number() OVER (
    PARTITION BY bsn, onderwijsnummer, brin, datum_inschrijving ORDER BY ord DESC) = 1;

-- Persons (metrics.md, Person): one per vnummer in coa_bewoning, attributes from the latest stay row of
-- any delivery; the bsn is the latest non-null one (Linked). Only the birth month is used (Age).
CREATE TABLE persons AS
SELECT vnummer,
       arg_max(bsn, ord) FILTER (WHERE bsn IS NOT NULL) AS bsn,
       date_trunc('month', arg_max(geboortedatum, ord))::DATE AS birth_month,
       arg_max(amv, ord) AS amv,
       arg_max(datum_aanvraag, ord) AS application_date
FROM accepted_coa_bewoning
GROUP BY vnummer;

-- The checked records are not needed any more: free their memory.
DROP VIEW accepted_coa_locaties;
DROP VIEW accepted_coa_bewoning;
DROP VIEW accepted_coa_verhuisbewegingen;
DROP VIEW accepted_duo_inschrijvingen;
DROP TABLE checked_coa_locaties;
DROP TABLE checked_coa_bewoning;
DROP TABLE checked_coa_verhuisbewegingen;
DROP TABLE checked_duo_inschrijvingen;
