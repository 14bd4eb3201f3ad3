package nl.opvangmonitor.tools.bench;

import static nl.opvangmonitor.tools.bench.PeerRows.csv;
import static nl.opvangmonitor.tools.bench.PeerRows.expect;
import static nl.opvangmonitor.tools.bench.PeerRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB peer on a hand-written landing zone of nine children and two deliveries (31 May and
 * 31 August 2026), against numbers computed by hand from metrics.md. as_of defaults to 31 August;
 * the first reporting month is May 2026. Ages count from the first day of the birth month.
 *
 * <pre>
 * child birth  amv bsn  application  stays (AC = aanmeldcentrum L0001, AZC = L0002 Utrecht,
 *                                    NOOD = noodopvang L0003 Noord-Holland, AMV = L0004)
 * P1   2015-03 N   yes  2026-06-11   AC 06-11..06-20, AZC from 06-20 (intake placement 06-20); school 07-23
 * P2   2012-01 N   yes* 2026-06-12   AC 06-12..06-22, NOOD from 06-22 (intake placement 06-22); school 08-12
 * P3   2016-05 N** no   2026-05-04   AZC 05-04..05-18 (a stay inside May)
 * P4   2008-07 J   yes  2025-03-10   AMV 2025-04-10..2026-07-01, AZC from 07-01; relocation on the 18th birthday 07-01
 * P5   2014-01 N   yes  2025-09-01   moves 2026-02-01 (NOOD), 05-15 (AZC), 06-10 (NOOD): 3 in 365 days from June 30
 * P6   2019-02 N   yes  2026-05-05   AZC 05-05..05-25, no school: LEFT
 * P7   2013-09 J   yes  2026-05-06   NOOD from 05-06, no school: OVERDUE
 * P8   2020-01 N   yes  2026-07-20   AZC from 07-20; an enrolment ending on A does not count: WAITING_IN_TERM
 * P9   2022-07 N   no   2026-04-01   AZC from 04-01, delivered open in May, closed 08-16 in August; turns 4 on 07-01
 *  *  the bsn only on the older of two rows: the latest non-null one counts
 *  ** delivered as amv J in May, corrected to N in August: the latest delivery wins
 * </pre>
 *
 * Rejected rows that would change the numbers if they counted: a malformed stay of a tenth child, a
 * stay with a bad bsn, a closing date after the delivery, a relocation to an unknown location and a
 * registration with both bsn and onderwijsnummer.
 */
class DuckDbPeerTest {
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);
    private static final LocalDate AUGUST = LocalDate.of(2026, 8, 1);
    private static final String ALL = "ALL";

    @TempDir
    static Path raw;
    private static PeerResult result;

    @BeforeAll
    static void computeOnTheHandWrittenLandingZone() {
        writeLandingZone(raw);
        result = DuckDbPeer.compute(raw, null);
    }

    @Test
    void asOfIsTheLatestDeliveryAndMonthsStartAtTheFirst() {
        assertEquals(LocalDate.of(2026, 8, 31), result.asOf());
        assertEquals(MAY, result.firstMonth());
    }

    @Test
    void rejectsWhatIngestWouldQuarantineAndCountsWhatItRead() {
        assertEquals(List.of(
                new RejectedRows(RawSource.COA_BEWONING, LocalDate.of(2026, 5, 31), RejectReason.MALFORMED_ROW, 1),
                new RejectedRows(RawSource.COA_BEWONING, LocalDate.of(2026, 8, 31), RejectReason.BAD_BSN, 1),
                new RejectedRows(RawSource.COA_BEWONING, LocalDate.of(2026, 8, 31), RejectReason.DATE_AFTER_DELIVERY, 1),
                new RejectedRows(RawSource.COA_VERHUISBEWEGINGEN, LocalDate.of(2026, 8, 31), RejectReason.UNKNOWN_LOCATION, 1),
                new RejectedRows(RawSource.DUO_INSCHRIJVINGEN, LocalDate.of(2026, 8, 31),
                        RejectReason.BSN_XOR_ONDERWIJSNUMMER, 1)), result.rejections());
        assertEquals(4L, result.recordsRead().get(RawSource.COA_LOCATIES));
        assertEquals(24L, result.recordsRead().get(RawSource.COA_BEWONING));
        assertEquals(9L, result.recordsRead().get(RawSource.COA_VERHUISBEWEGINGEN));
        assertEquals(6L, result.recordsRead().get(RawSource.DUO_INSCHRIJVINGEN));
    }

    @Test
    void schoolAccessMayCohortUnlinkedLeftAndOverdue() {
        PeerTable t = result.schoolAccess();
        expect(t, row(t, MAY, ALL, ALL, ALL, ALL), "children", 3L, "unlinked", 1L, "enrolled_in_time", 0L,
                "enrolled_late", 0L, "waiting_in_term", 0L, "overdue", 1L, "left", 1L, "within_42_days", 0L,
                "median_days_to_school", null, "p90_days_to_school", null, "pct_in_time", 0.0);
        // P3 (unlinked, amv corrected to N) and P6 (left) share their place: the azc on the deadline or before it
        expect(t, row(t, MAY, "REGULIER", "Utrecht", "N", "5-11"), "children", 2L, "unlinked", 1L, "left", 1L,
                "overdue", 0L, "pct_in_time", null);
        expect(t, row(t, MAY, ALL, ALL, "J", ALL), "children", 1L, "overdue", 1L, "pct_in_time", 0.0);
        expect(t, row(t, MAY, "NOODOPVANG", "Noord-Holland", ALL, "12-17"), "children", 1L, "overdue", 1L);
    }

    @Test
    void schoolAccessTermSwitchesFrom90To60DaysOn12June2026() {
        PeerTable t = result.schoolAccess();
        // P1: A 11 June, term 90, school after 42 days (in time, within six weeks).
        // P2: A 12 June, term 60, school after 61 days: one day late (it would be in time a day earlier).
        expect(t, row(t, JUNE, ALL, ALL, ALL, ALL), "children", 2L, "unlinked", 0L, "enrolled_in_time", 1L,
                "enrolled_late", 1L, "within_42_days", 1L, "median_days_to_school", 51.5, "p90_days_to_school", 59.1,
                "pct_in_time", 50.0);
        expect(t, row(t, JUNE, "REGULIER", "Utrecht", "N", "5-11"), "children", 1L, "enrolled_in_time", 1L,
                "within_42_days", 1L, "median_days_to_school", 42.0, "pct_in_time", 100.0);
        // P2's place is on its deadline, 11 August: noodopvang in Noord-Holland
        expect(t, row(t, JUNE, "NOODOPVANG", ALL, ALL, ALL), "children", 1L, "enrolled_late", 1L,
                "within_42_days", 0L, "median_days_to_school", 61.0, "pct_in_time", 0.0);
    }

    @Test
    void schoolAccessEnrolmentEndingOnTheApplicationDateDoesNotCount() {
        PeerTable t = result.schoolAccess();
        expect(t, row(t, JULY, ALL, ALL, ALL, ALL), "children", 1L, "waiting_in_term", 1L,
                "median_days_to_school", null, "pct_in_time", null);
    }

    @Test
    void schoolAccessHasEverySubsetOfDimensionsAndNoEarlierCohort() {
        // May: two distinct places/ages (31 rows); June: two, sharing amv (30); July: one (16)
        assertEquals(77, result.schoolAccess().rows().size());
        assertTrue(result.schoolAccess().rows().stream()
                .allMatch(r -> !((LocalDate) result.schoolAccess().value(r, "cohort_month")).isBefore(MAY)));
    }

    @Test
    void relocationRateTotalsPerMonth() {
        PeerTable t = result.relocationRateMonthly();
        // May: P3 14 + P6 20 + P5 31 + P4 31 + P7 26 + P9 31 child-days; P5's move out of the azc on 15 May
        expect(t, row(t, MAY, ALL, ALL, ALL), "child_days", 153L, "children_present", 6L, "moves_out", 1L,
                "moves_per_1000_days", 1000.0 / 153, "children_at_month_end", 4L, "children_3plus_moves_12m", 0L);
        // June: the intake placements of P1 and P2 are no moves; P5's third move within 365 days on 10 June
        expect(t, row(t, JUNE, ALL, ALL, ALL), "child_days", 159L, "children_present", 6L, "moves_out", 1L,
                "moves_per_1000_days", 1000.0 / 159, "children_at_month_end", 6L, "children_3plus_moves_12m", 1L);
        // July: P4 is 18 from 1 July, so its relocation that day is no move and it has no child-days
        expect(t, row(t, JULY, ALL, ALL, ALL), "child_days", 167L, "children_present", 6L, "moves_out", 0L,
                "moves_per_1000_days", 0.0, "children_at_month_end", 6L, "children_3plus_moves_12m", 1L);
        // August: P9's stay ended on 16 August (the later delivery wins over the open version)
        expect(t, row(t, AUGUST, ALL, ALL, ALL), "child_days", 170L, "children_present", 6L, "moves_out", 0L,
                "moves_per_1000_days", 0.0, "children_at_month_end", 5L, "children_3plus_moves_12m", 1L);
        assertEquals(4, t.rows().stream().filter(r -> r.subList(1, 4).equals(List.of(ALL, ALL, ALL))).count());
    }

    @Test
    void relocationRateCells() {
        PeerTable t = result.relocationRateMonthly();
        expect(t, row(t, MAY, "REGULIER", "N", "12-17"), "child_days", 14L, "children_present", 1L,
                "moves_out", 1L, "moves_per_1000_days", 1000.0 / 14, "children_at_month_end", 0L);
        // P5 spent May in two categories; it counts once in the total above
        expect(t, row(t, MAY, "NOODOPVANG", ALL, ALL), "child_days", 43L, "children_present", 2L, "moves_out", 0L,
                "moves_per_1000_days", 0.0, "children_at_month_end", 2L);
        expect(t, row(t, MAY, ALL, ALL, "0-3"), "child_days", 31L, "children_present", 1L, "children_at_month_end", 1L);
        expect(t, row(t, JUNE, "AANMELDCENTRUM", ALL, ALL), "child_days", 19L, "children_present", 2L,
                "moves_out", 0L, "children_at_month_end", 0L);
        expect(t, row(t, JUNE, "NOODOPVANG", "N", "12-17"), "child_days", 18L, "children_present", 2L,
                "moves_out", 1L, "moves_per_1000_days", 1000.0 / 18, "children_at_month_end", 1L,
                "children_3plus_moves_12m", 0L);
        expect(t, row(t, JUNE, "REGULIER", "N", "12-17"), "child_days", 21L, "children_at_month_end", 1L,
                "children_3plus_moves_12m", 1L);
        expect(t, row(t, JUNE, ALL, "J", ALL), "child_days", 60L, "children_present", 2L, "children_at_month_end", 2L);
        expect(t, row(t, JULY, ALL, "J", ALL), "child_days", 31L, "children_present", 1L, "children_at_month_end", 1L);
        // P9 turned 4 on 1 July: from then on its days count in 4-11
        expect(t, row(t, JULY, ALL, ALL, "4-11"), "child_days", 74L, "children_present", 3L, "children_at_month_end", 3L);
        expect(t, row(t, AUGUST, ALL, ALL, "4-11"), "child_days", 77L, "children_present", 3L, "children_at_month_end", 2L);
        assertTrue(t.rows().stream().noneMatch(r -> "18+".equals(t.value(r, "age_band"))));
    }

    @Test
    void anEarlierAsOfIgnoresEverythingDatedAfterIt() {
        PeerResult june = DuckDbPeer.compute(raw, LocalDate.of(2026, 6, 30));
        PeerTable school = june.schoolAccess();
        // P1 and P2 have no school yet by 30 June and are within their terms; P7 is too
        expect(school, row(school, JUNE, ALL, ALL, ALL, ALL), "children", 2L, "waiting_in_term", 2L,
                "enrolled_in_time", 0L, "enrolled_late", 0L, "pct_in_time", null);
        expect(school, row(school, MAY, ALL, ALL, ALL, ALL), "children", 3L, "unlinked", 1L, "waiting_in_term", 1L,
                "left", 1L, "overdue", 0L);
        assertTrue(school.rows().stream().noneMatch(r -> JULY.equals(school.value(r, "cohort_month"))));
        PeerTable rate = june.relocationRateMonthly();
        assertEquals(List.of(MAY, JUNE), rate.rows().stream().map(r -> r.get(0)).distinct().toList());
        expect(rate, row(rate, JUNE, ALL, ALL, ALL), "child_days", 159L, "children_at_month_end", 6L,
                "children_3plus_moves_12m", 1L);
    }

    @Test
    void monthsWithoutAnyoneGetAZeroTotalRow(@TempDir Path empty) {
        csv(empty, RawSource.COA_LOCATIES, "2026-01-31", """
                locatiecode;naam;gemeentecode;gemeentenaam;provincie;opvangvorm;capaciteit;datum_open;datum_sluiting
                L0002;AZC Oost;GM0344;Utrecht;Utrecht;AZC;400;01-01-2010;
                """);
        csv(empty, RawSource.COA_BEWONING, "2026-03-31", """
                vnummer;bsn;geboortedatum;amv;gezinsnummer;datum_aanvraag;locatiecode;datum_instroom;datum_uitstroom
                1000000001;111111109;15-03-2015;N;G00000001;10-03-2026;L0002;10-03-2026;
                """);
        PeerTable t = DuckDbPeer.compute(empty, null).relocationRateMonthly();
        for (LocalDate month : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))) {
            assertEquals(List.of(List.of(month, ALL, ALL, ALL)),
                    t.rows().stream().filter(r -> r.get(0).equals(month)).map(r -> r.subList(0, 4)).toList());
            expect(t, row(t, month, ALL, ALL, ALL), "child_days", 0L, "children_present", 0L, "moves_out", 0L,
                    "moves_per_1000_days", null, "children_at_month_end", 0L);
        }
        expect(t, row(t, LocalDate.of(2026, 3, 1), ALL, ALL, ALL), "child_days", 22L, "children_present", 1L,
                "children_at_month_end", 1L);
    }

    @Test
    void columnsAreFoundByNameAndAFileLackingOneIsRejectedWhole(@TempDir Path zone) throws IOException {
        csv(zone, RawSource.COA_LOCATIES, "2026-03-31", """
                locatiecode;naam;gemeentecode;gemeentenaam;provincie;opvangvorm;capaciteit;datum_open;datum_sluiting
                L0002;AZC Oost;GM0344;Utrecht;Utrecht;AZC;400;01-01-2010;
                """);
        csv(zone, RawSource.COA_BEWONING, "2026-03-31", """
                datum_instroom;vnummer;locatiecode;bsn;geboortedatum;amv;gezinsnummer;datum_aanvraag;datum_uitstroom
                10-03-2026;1000000001;L0002;111111109;15-03-2015;N;;10-03-2026;
                """);
        Files.writeString(zone.resolve("coa_bewoning/2026-03-31/zz_without_amv.csv"), """
                vnummer;bsn;geboortedatum;gezinsnummer;datum_aanvraag;locatiecode;datum_instroom;datum_uitstroom
                1000000002;111111110;10-01-2012;;01-03-2026;L0002;01-03-2026;
                1000000003;111111122;10-01-2013;;01-03-2026;L0002;01-03-2026;
                """);
        PeerResult r = DuckDbPeer.compute(zone, null);
        assertEquals(List.of(new RejectedRows(RawSource.COA_BEWONING, LocalDate.of(2026, 3, 31),
                RejectReason.MISSING_COLUMN, 2)), r.rejections());
        PeerTable t = r.relocationRateMonthly();
        expect(t, row(t, LocalDate.of(2026, 3, 1), ALL, ALL, ALL), "child_days", 22L, "children_present", 1L);
    }

    /** The landing zone of the class comment: COA files plain, DUO with byte-order mark, CRLF and its own column order. */
    private static void writeLandingZone(Path root) {
        csv(root, RawSource.COA_LOCATIES, "2026-05-31", """
                locatiecode;naam;gemeentecode;gemeentenaam;provincie;opvangvorm;capaciteit;datum_open;datum_sluiting
                L0001;Aanmeldcentrum Ter Apel;GM1950;Westerwolde;Groningen;AANMELDCENTRUM;2000;01-01-2000;
                L0002;"AZC Oost; vleugel B";GM0344;Utrecht;Utrecht;AZC;400;01-01-2010;
                L0003;Noodopvang Hal 5;GM0363;Amsterdam;Noord-Holland;NOODOPVANG;300;01-01-2025;31-12-2026
                L0004;AMV Leeuwarden;GM0080;Leeuwarden;Fryslân;AMV;60;01-01-2015;
                """);
        csv(root, RawSource.COA_BEWONING, "2026-05-31", """
                vnummer;bsn;geboortedatum;amv;gezinsnummer;datum_aanvraag;locatiecode;datum_instroom;datum_uitstroom
                1000000003;;05-05-2016;J;G00000003;04-05-2026;L0002;04-05-2026;18-05-2026
                1000000004;111111122;20-07-2008;J;;10-03-2025;L0001;10-03-2025;10-04-2025
                1000000004;111111122;20-07-2008;J;;10-03-2025;L0004;10-04-2025;
                1000000005;111111134;01-01-2014;N;G00000005;01-09-2025;L0001;01-09-2025;10-09-2025
                1000000005;111111134;01-01-2014;N;G00000005;01-09-2025;L0003;10-09-2025;01-02-2026
                1000000005;111111134;01-01-2014;N;G00000005;01-09-2025;L0002;01-02-2026;15-05-2026
                1000000005;111111134;01-01-2014;N;G00000005;01-09-2025;L0003;15-05-2026;
                1000000006;111111146;14-02-2019;N;G00000006;05-05-2026;L0002;05-05-2026;25-05-2026
                1000000007;111111158;30-09-2013;J;;06-05-2026;L0003;06-05-2026;
                1000000009;;15-07-2022;N;G00000009;01-04-2026;L0002;01-04-2026;
                1000000010;;01-01-2020;N;;01-05-2026;L0002;01-05-2026;;X
                """);
        csv(root, RawSource.COA_BEWONING, "2026-08-31", """
                vnummer;bsn;geboortedatum;amv;gezinsnummer;datum_aanvraag;locatiecode;datum_instroom;datum_uitstroom
                1000000001;111111109;15-03-2015;N;G00000001;11-06-2026;L0001;11-06-2026;20-06-2026
                1000000001;111111109;15-03-2015;N;G00000001;11-06-2026;L0002;20-06-2026;
                1000000002;111111110;10-01-2012;N;G00000002;12-06-2026;L0001;12-06-2026;22-06-2026
                1000000002;;10-01-2012;N;G00000002;12-06-2026;L0003;22-06-2026;
                1000000003;;05-05-2016;N;G00000003;04-05-2026;L0002;04-05-2026;18-05-2026
                1000000004;111111122;20-07-2008;J;;10-03-2025;L0004;10-04-2025;01-07-2026
                1000000004;111111122;20-07-2008;J;;10-03-2025;L0002;01-07-2026;
                1000000005;111111134;01-01-2014;N;G00000005;01-09-2025;L0003;15-05-2026;10-06-2026
                1000000005;111111134;01-01-2014;N;G00000005;01-09-2025;L0002;10-06-2026;
                1000000005;111111134;01-01-2014;N;G00000005;01-09-2025;L0002;10-06-2026;15-09-2026
                1000000008;111111171;10-01-2020;N;G00000008;20-07-2026;L0002;20-07-2026;
                1000000009;;15-07-2022;N;G00000009;01-04-2026;L0002;01-04-2026;16-08-2026
                1000000011;111111100;01-03-2018;N;;01-07-2026;L0002;01-07-2026;
                """);
        csv(root, RawSource.COA_VERHUISBEWEGINGEN, "2026-05-31", """
                vnummer;datum_verhuizing;van_locatiecode;naar_locatiecode;reden
                1000000004;10-04-2025;L0001;L0004;DOORSTROOM_REGULIER
                1000000005;10-09-2025;L0001;L0003;CAPACITEIT
                1000000005;01-02-2026;L0003;L0002;DOORSTROOM_REGULIER
                1000000005;15-05-2026;L0002;L0003;CAPACITEIT
                """);
        csv(root, RawSource.COA_VERHUISBEWEGINGEN, "2026-08-31", """
                vnummer;datum_verhuizing;van_locatiecode;naar_locatiecode;reden
                1000000001;20-06-2026;L0001;L0002;DOORSTROOM_REGULIER
                1000000002;22-06-2026;L0001;L0003;CAPACITEIT
                1000000004;01-07-2026;L0004;L0002;MEERDERJARIG
                1000000005;10-06-2026;L0003;L0002;DOORSTROOM_REGULIER
                1000000005;20-07-2026;L0002;Z0001;CAPACITEIT
                """);
        csv(root, RawSource.DUO_INSCHRIJVINGEN, "2026-05-31", windowsExport("""
                brin;bsn;onderwijsnummer;gemeentecode;onderwijssoort;datum_aanmelding;datum_inschrijving;datum_uitschrijving;reden_uitschrijving
                12AB;111111134;;GM0363;ISK;20-09-2025;01-10-2025;;
                12AC;;123456789;GM0344;NIEUWKOMERSVOORZIENING;;11-05-2026;18-05-2026;VERHUIZING
                """));
        csv(root, RawSource.DUO_INSCHRIJVINGEN, "2026-08-31", windowsExport("""
                brin;bsn;onderwijsnummer;gemeentecode;onderwijssoort;datum_aanmelding;datum_inschrijving;datum_uitschrijving;reden_uitschrijving
                12AC;111111109;;GM0344;PO;10-07-2026;23-07-2026;;
                12AD;111111110;;GM0363;ISK;;12-08-2026;;
                12AC;111111171;;GM0344;PO;;01-06-2026;20-07-2026;OVERIG
                12AC;111111109;987654321;GM0344;PO;;01-07-2026;;
                """));
    }

    /** A file as a Windows export writes it: byte-order mark and CRLF line ends. */
    private static String windowsExport(String text) {
        return "\uFEFF" + text.replace("\n", "\r\n");
    }
}
