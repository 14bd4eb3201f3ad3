package nl.opvangmonitor.jobs.ingest;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.testing.Frames;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The rules as pure transformations on parsed-record frames: no files, no lake. */
class RejectionRulesTest {

    /** Reasons by line number of parsed records given as (line, problem, raw field values...). */
    private static Map<Long, Set<String>> reasons(Dataset<Row> checked) {
        Map<Long, Set<String>> byLine = new HashMap<>();
        checked.collectAsList().forEach(r -> byLine.put(r.getAs("line_number"), new TreeSet<>(r.getList(r.fieldIndex("reasons")))));
        return byLine;
    }

    private static Dataset<Row> parsed(RawSource source, String delivery, Object[]... records) {
        Row[] rows = new Row[records.length];
        for (int i = 0; i < records.length; i++) {
            Object[] cells = new Object[5 + source.header().size()];
            cells[0] = "f.csv";
            cells[1] = d(delivery);
            cells[2] = (long) (i + 2);
            cells[3] = "raw";
            System.arraycopy(records[i], 0, cells, 4, records[i].length);
            rows[i] = row(cells);
        }
        return Frames.frame(ParsedRecords.schema(source), rows);
    }

    @Test
    void ksoLeadsCapacityRangeAndRejectionReasonRequiredWhenRejectedOrOnHold() {
        Dataset<Row> leads = parsed(RawSource.COA_KSO_LEADS, "2024-01-31",
                new Object[] {null, "K1", "GM0344", "Utrecht", "150", "AFGEWEZEN", "10-01-2024", "HUURSOM_TE_HOOG"},
                new Object[] {null, "K2", "GM0344", "Utrecht", "1", "ON_HOLD", "10-01-2024", " "},
                new Object[] {null, "K3", "GM0344", "Utrecht", "0", "LEAD", "01-02-2024", null},
                new Object[] {null, "K4", "gm0344", "Friesland", "151", "AFGEWEZEN", "10-01-2024", "ONBEKEND"},
                new Object[] {"MALFORMED_ROW", null, null, null, null, null, null, null});
        assertEquals(Map.of(
                2L, Set.of(),
                3L, Set.of("MISSING_REQUIRED"),
                4L, Set.of("BAD_NUMBER", "DATE_AFTER_DELIVERY"),
                5L, Set.of("BAD_CODE", "BAD_NUMBER", "BAD_ENUM"),
                6L, Set.of("MALFORMED_ROW")), reasons(RejectionRules.withReasons(leads, RawSource.COA_KSO_LEADS)));
    }

    @Test
    void aLocationCountsFromTheFirstDeliveryThatBroughtIt() {
        Dataset<Row> stays = parsed(RawSource.COA_BEWONING, "2024-01-31",
                new Object[] {null, "1000000001", null, "01-01-2012", "J", null, "01-11-2023", "L1", "01-11-2023", null},
                new Object[] {null, "1000000002", null, "01-01-2012", "J", null, "01-11-2023", "L2", "01-11-2023", null},
                new Object[] {null, "1000000003", null, "01-01-2012", "J", null, "01-11-2023", "L9", "01-11-2023", null})
                .unionByName(parsed(RawSource.COA_BEWONING, "2024-02-29",
                        new Object[] {null, "1000000004", null, "01-01-2012", "J", null, "01-11-2023", "L2", "01-11-2023", null})
                        .withColumn("line_number", org.apache.spark.sql.functions.lit(9L)));
        Dataset<Row> locations = Frames.frame("location_code STRING, delivery_date DATE",
                row("L1", d("2024-01-31")), row("L2", d("2024-02-29")), row("L2", d("2024-03-31")));
        Dataset<Row> checked = LocationReferences.flagUnknown(RejectionRules.withReasons(stays, RawSource.COA_BEWONING),
                RawSource.COA_BEWONING, LocationReferences.knownSince(locations));
        assertEquals(4, checked.count(), "the reference check never duplicates a record");
        assertEquals(Map.of(2L, Set.of(), 3L, Set.of("UNKNOWN_LOCATION"), 4L, Set.of("UNKNOWN_LOCATION"), 9L, Set.of()),
                reasons(checked), "L2 is known from 2024-02-29 on, L9 never");
    }

    @Test
    void relocationsCheckBothEndsAndNameTheSameLocationTwiceOnce() {
        Dataset<Row> moves = parsed(RawSource.COA_VERHUISBEWEGINGEN, "2024-01-31",
                new Object[] {null, "1000000001", "20-01-2024", "L1", "L9", "OVERIG"},
                new Object[] {null, "1000000001", "20-01-2024", "L9", "L9", "OVERIG"},
                new Object[] {null, "1000000001", "20-01-2024", "L1", "L1", "OVERIG"});
        Dataset<Row> known = LocationReferences.knownSince(Frames.frame("location_code STRING, delivery_date DATE",
                row("L1", d("2024-01-31"))));
        assertEquals(Map.of(2L, Set.of("UNKNOWN_LOCATION"), 3L, Set.of("SAME_FROM_TO", "UNKNOWN_LOCATION"), 4L, Set.of("SAME_FROM_TO")),
                reasons(LocationReferences.flagUnknown(RejectionRules.withReasons(moves, RawSource.COA_VERHUISBEWEGINGEN),
                        RawSource.COA_VERHUISBEWEGINGEN, known)));
    }
}
