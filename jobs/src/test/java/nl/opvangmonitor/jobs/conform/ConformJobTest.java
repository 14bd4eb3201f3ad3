package nl.opvangmonitor.jobs.conform;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.frame;
import static nl.opvangmonitor.common.testing.Frames.row;
import static nl.opvangmonitor.jobs.conform.BronzeRows.bronze;
import static nl.opvangmonitor.jobs.conform.BronzeRows.delivery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.BronzeTables;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conform job on a temporary lake over three deliveries (one ingested late, one growing after it
 * was conformed): incremental runs give what a full rebuild gives, and a re-run commits nothing.
 */
class ConformJobTest {
    private static final BronzeRows.Delivery JAN = delivery("2026-01-31");
    private static final BronzeRows.Delivery FEB = delivery("2026-02-28");

    @TempDir
    Path dir;

    /** January: every source delivers; c1 has no bsn yet. */
    private static void ingestJanuary(Lake lake) {
        ingest(lake, RawSource.COA_LOCATIES, JAN.location("L1", "AZC", "Utrecht", 1),
                JAN.location("L2", "NOODOPVANG", "Utrecht", 2), JAN.location("L3", "AMV", "Zeeland", 3));
        ingest(lake, RawSource.COA_INVENTARISATIE, JAN.inventory("L1", "2026-01-15", true, 1));
        ingest(lake, RawSource.COA_KSO_LEADS, JAN.lead("K1", "LEAD", "2026-01-10", null, 1));
        ingest(lake, RawSource.COA_BEWONING,
                JAN.stay("c1", null, "2012-03-25", false, "f1", "2025-12-01", "L1", "2025-12-02", null, 1),
                JAN.stay("c2", "b2", "2015-07-14", true, null, "2026-01-04", "L1", "2026-01-05", "2026-01-20", 2),
                JAN.stay("c2", "b2", "2015-07-14", true, null, "2026-01-04", "L2", "2026-01-20", null, 3),
                JAN.stay("c3", "b3", "2010-11-02", true, null, "2026-01-09", "L3", "2026-01-10", null, 4));
        ingest(lake, RawSource.COA_VERHUISBEWEGINGEN, JAN.relocation("c2", "2026-01-20", "L1", "L2", "CAPACITEIT", 1));
        ingest(lake, RawSource.DUO_INSCHRIJVINGEN, JAN.enrolment("b2", "12AB", "2026-01-08", null, 1),
                JAN.enrolmentWithoutBsn("o1", "12AB", "2026-01-08", 2));
        ingest(lake, RawSource.JEUGDHULP_TRAJECTEN,
                JAN.care("b3", "GM0001", "P1", "AMBULANT", "2025-06-01", "2025-09-01", "VOLGENS_PLAN", 1),
                JAN.care("b9", "GM0001", "P1", "VERBLIJF", "2025-01-01", null, null, 2));
        lake.append(OpsTables.DELIVERIES, frame(OpsTables.DELIVERIES.schema(),
                accounted("coa_bewoning", "2026-01-31", 5, 4, 1), accounted("duo_inschrijvingen", "2026-01-31", 2, 2, 0)));
    }

    /**
     * February: corrections (L2's opvangvorm, c2's amv and stay), c1's bsn and move, a new person
     * without bsn and a relocation without stays, an overlap, an unlinked registration, a care part
     * that moves the start of b3's merged trajectory, a lead turned down. No inventory.
     */
    private static void ingestFebruary(Lake lake) {
        ingest(lake, RawSource.COA_LOCATIES, FEB.location("L2", "CRISISNOODOPVANG", "Utrecht", 1));
        ingest(lake, RawSource.COA_KSO_LEADS, FEB.lead("K1", "AFGEWEZEN", "2026-02-20", "HUURSOM_TE_HOOG", 1));
        ingest(lake, RawSource.COA_BEWONING,
                FEB.stay("c1", "b1", "2012-03-25", false, "f1", "2025-12-01", "L1", "2025-12-02", "2026-02-10", 1),
                FEB.stay("c1", "b1", "2012-03-25", false, "f1", "2025-12-01", "L2", "2026-02-10", null, 2),
                FEB.stay("c2", "b2", "2015-07-14", false, null, "2026-01-04", "L2", "2026-01-20", "2026-02-25", 3),
                FEB.stay("c3", "b3", "2010-11-02", true, null, "2026-01-09", "L1", "2026-02-01", null, 4),
                FEB.stay("c4", null, "2014-05-05", false, "f4", "2026-02-01", "L1", "2026-02-02", null, 5));
        ingest(lake, RawSource.COA_VERHUISBEWEGINGEN,
                FEB.relocation("c1", "2026-02-10", "L1", "L2", "CAPACITEIT", 1),
                FEB.relocation("c4", "2026-02-15", "L1", "L3", "OVERIG", 2));
        ingest(lake, RawSource.DUO_INSCHRIJVINGEN, FEB.enrolment("b1", "34CD", "2026-02-12", null, 1),
                FEB.enrolment("b8", "34CD", "2026-02-12", null, 2));
        ingest(lake, RawSource.JEUGDHULP_TRAJECTEN,
                FEB.care("b3", "GM0002", "P1", "AMBULANT", "2025-05-01", "2025-07-01", "VOORTIJDIG_EXTERN", 1));
        lake.append(OpsTables.DELIVERIES, frame(OpsTables.DELIVERIES.schema(),
                accounted("coa_bewoning", "2026-02-28", 5, 5, 0)));
    }

    private static void ingest(Lake lake, RawSource source, Row... rows) {
        lake.append(BronzeTables.of(source), bronze(source, rows));
    }

    private static Row accounted(String source, String date, long read, long accepted, long quarantined) {
        return row(source, d(date), List.of(date + ".csv"), "checksum", read, accepted, quarantined, "run-test",
                Timestamp.valueOf("2026-03-01 06:00:00"));
    }

    private static List<TableDef> written() {
        List<TableDef> tables = new ArrayList<>(SilverTables.conformed());
        tables.add(OpsTables.CONFORM_STATE);
        return tables;
    }

    private static Map<String, Long> versions(Lake lake) {
        Map<String, Long> versions = new LinkedHashMap<>();
        written().forEach(t -> versions.put(t.qualifiedName(), lake.version(t)));
        return versions;
    }

    /** A table's rows as sorted strings: one Spark job, exact, order-free. */
    private static List<String> contents(Lake lake, TableDef table) {
        return lake.read(table).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    @Test
    void incrementalRunsEqualAFullRebuildAndARerunCommitsNothing() {
        Lake lake = new Lake(SharedSpark.spark(), dir.toString(), "run-1");
        ingestJanuary(lake);
        new ConformJob(lake).run(false);
        Map<String, Long> afterJanuary = versions(lake);
        ingestFebruary(lake);
        ConformSummary february = new ConformJob(lake).run(false);

        assertEquals(6, february.newDeliveries(), "one new delivery of every source but the inventory");
        assertEquals("unchanged", february.tables().get("silver.location_inventory"));
        assertEquals(afterJanuary.get("silver.location_inventory"), versions(lake).get("silver.location_inventory"));

        // what February changed, through the incremental path
        SharedSpark.assertSameRows(frame("finding_type STRING, finding_key STRING, delivery_date DATE",
                        row("CHANGED_PERSON_ATTRIBUTE", "c2", d("2026-02-28")),
                        row("PERSON_WITHOUT_BSN", "c4", d("2026-02-28")),
                        row("RELOCATION_WITHOUT_STAYS", "c4|2026-02-15|L1", d("2026-02-28")),
                        row("OVERLAPPING_STAYS", "c3|L3|2026-01-10|L1|2026-02-01", d("2026-02-28")),
                        row("ENROLMENT_UNLINKED", "b8|34CD|2026-02-12", d("2026-02-28")),
                        row("CARE_UNLINKED", "b9|P1|VERBLIJF|2025-01-01", d("2026-01-31"))),
                lake.read(SilverTables.QUALITY_FINDINGS).select("finding_type", "finding_key", "delivery_date"));
        SharedSpark.assertSameRows(frame("bsn_id STRING, gemeentecode STRING, start_date DATE, end_date DATE, end_reason STRING",
                        row("b3", "GM0002", d("2025-05-01"), d("2025-09-01"), "VOLGENS_PLAN"),
                        row("b9", "GM0001", d("2025-01-01"), null, null)),
                lake.read(SilverTables.CARE_TRAJECTORIES).select("bsn_id", "gemeentecode", "start_date", "end_date", "end_reason"));
        SharedSpark.assertSameRows(frame("child_id STRING, bsn_id STRING, amv BOOLEAN",
                        row("c1", "b1", false), row("c2", "b2", false), row("c3", "b3", true), row("c4", null, false)),
                lake.read(SilverTables.PERSONS).select("child_id", "bsn_id", "amv"));
        assertEquals(List.of("[L1,REGULIER]", "[L2,CRISISNOODOPVANG]", "[L3,REGULIER]"),
                lake.read(SilverTables.LOCATIONS).select("location_code", "category").collectAsList().stream()
                        .map(Row::toString).sorted().toList());

        // a December delivery ingested late, after February's: older versions must not win;
        // and a row added to January's locations after January was conformed is picked up
        List<String> staysBefore = contents(lake, SilverTables.STAYS);
        List<String> personsBefore = contents(lake, SilverTables.PERSONS);
        ingest(lake, RawSource.COA_BEWONING, delivery("2025-12-31")
                .stay("c1", null, "2012-03-25", false, "f1", "2025-12-01", "L1", "2025-12-02", null, 1));
        ingest(lake, RawSource.COA_LOCATIES, JAN.location("L4", "KSO", "Drenthe", 4));
        assertEquals(2, new ConformJob(lake).run(false).newDeliveries(), "the late delivery and the grown one");
        assertEquals(staysBefore, contents(lake, SilverTables.STAYS));
        assertEquals(personsBefore, contents(lake, SilverTables.PERSONS));
        assertEquals(4, lake.read(SilverTables.LOCATIONS).count());

        Map<String, Long> before = versions(lake);
        ConformSummary rerun = new ConformJob(lake).run(false);
        assertEquals(before, versions(lake), "a re-run commits nothing");
        assertEquals(0, rerun.newDeliveries());

        Map<TableDef, List<String>> incremental = new LinkedHashMap<>();
        written().stream().filter(t -> t != OpsTables.CONFORM_STATE).forEach(t -> incremental.put(t, contents(lake, t)));
        new ConformJob(lake).run(true);
        incremental.forEach((t, rows) -> assertEquals(rows, contents(lake, t), t.qualifiedName() + ": full = incremental"));
    }
}
