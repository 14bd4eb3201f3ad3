package nl.opvangmonitor.jobs.publish;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.testing.RecoveryAttack;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Primary and secondary suppression on hand-built gold tables with hand-worked expectations (k=10). */
class DisclosureControlTest {
    private static final int K = 10;

    /** One row, no dimensions: counts 0, 1, 9, 10 and statistics over bases 9, 10, 0 and 1+9. */
    private static final TableDef FLAT = TableDef.builder(Layer.GOLD, "flat")
            .time("as_of")
            .count("zero").count("one").count("nine").count("ten")
            .stat("mean_over_nine", "nine").stat("mean_over_ten", "ten").stat("mean_over_zero", "zero")
            .stat("pct_over_one_and_nine", "one", "nine")
            .recordCount("locations").stat("pct_of_locations", "locations")
            .keys("as_of").build();

    @Test
    void primarySuppressionHidesOneToNineAndStatisticsOverFewerThanTenPersons() {
        Dataset<Row> gold = frame(FLAT, row(d("2026-06-30"), 0L, 1L, 9L, 10L, 12.5, 7.0, null, 0.1, 3L, 0.5));

        Row out = DisclosureControl.publish(gold, FLAT, K).rows().collectAsList().get(0);

        assertEquals(Arrays.asList(java.sql.Date.valueOf(d("2026-06-30")), 0L, null, null, 10L, null, 7.0, null,
                null, 3L, 0.5, true,
                "one: primary (<10); nine: primary (<10); mean_over_nine: base <10; "
                        + "pct_over_one_and_nine: a base count is suppressed"),
                rowValues(out));
    }

    @Test
    void aTotalWithOneSuppressedPartGetsTheSmallestOtherPartAsComplement() {
        TableDef table = TableDef.builder(Layer.GOLD, "one_dim").time("month").dim("category")
                .count("persons").count("moves").keys("month", "category").build();
        Dataset<Row> gold = frame(table,
                row(d("2026-01-31"), "A", 5L, 30L),
                row(d("2026-01-31"), "B", 12L, 30L),
                row(d("2026-01-31"), "C", 20L, 30L),
                row(d("2026-01-31"), "ALL", 37L, 90L));

        DisclosureControl.Published published = DisclosureControl.publish(gold, table, K);

        assertEquals(Map.of("A/persons", "primary (<10)", "B/persons", "secondary (complement along category)"),
                hiddenCells(published.rows(), table));
        assertEquals(1, published.iterations());
        assertEquals(1, published.complements());
    }

    @Test
    void aRowTotalOfStatusColumnsIsALineToo() {
        TableDef table = TableDef.builder(Layer.GOLD, "statuses").time("month")
                .countTotal("children", "in_time", "late", "left")
                .count("in_time").count("late").count("left").keys("month").build();
        Dataset<Row> gold = frame(table, row(d("2026-01-31"), 30L, 15L, 3L, 12L));

        Map<String, String> hidden = hiddenCells(DisclosureControl.publish(gold, table, K).rows(), table);

        assertEquals(Map.of("/late", "primary (<10)", "/left", "secondary (complement along row total children)"),
                hidden);
    }

    /**
     * A 3x3 table with totals and one small cell (a,x)=3. Row a and column x each need a complement:
     * (a,y)=20 and (b,x)=15. Then row b and column y each have one hidden cell; (b,y)=30 closes both at once
     * (rather than (b,z)=12 plus another in column y), and the pattern a,b x x,y is safe.
     */
    @Test
    void aComplementInOneLineForcesAnotherInTheCrossingLine() {
        TableDef table = TableDef.builder(Layer.GOLD, "two_dims").time("month").dim("r").dim("c")
                .count("persons").keys("month", "r", "c").build();
        long[][] cells = {{3, 20, 40}, {15, 30, 12}, {50, 60, 70}};
        Dataset<Row> gold = frame(table, crossTable(cells).toArray(Row[]::new));

        DisclosureControl.Published published = DisclosureControl.publish(gold, table, K);

        assertEquals(Map.of("a/x/persons", "primary (<10)",
                "a/y/persons", "secondary (complement along c)",
                "b/x/persons", "secondary (complement along r)",
                "b/y/persons", "secondary (complement along c)"), hiddenCells(published.rows(), table));
        assertEquals(2, published.iterations());
        assertEquals(List.of(), RecoveryAttack.attack(published.rows(), PublishTables.of(table)));
    }

    @Test
    void theAttackerRecoversACellThatOnlyPrimarySuppressionHid() {
        TableDef table = TableDef.builder(Layer.GOLD, "two_dims").time("month").dim("r").dim("c")
                .count("persons").keys("month", "r", "c").build();
        List<Row> primaryOnly = crossTable(new long[][] {{3, 20, 40}, {15, 30, 12}, {50, 60, 70}}).stream()
                .map(r -> r.getLong(3) == 3 ? row(r.get(0), r.get(1), r.get(2), null) : r).toList();

        List<RecoveryAttack.Recovery> recovered = RecoveryAttack.attack(
                frame(table, primaryOnly.toArray(Row[]::new)), table);

        assertEquals(1, recovered.size());
        assertEquals(3L, recovered.get(0).value());
    }

    /** Rows of a 2-dimensional table r x c with its row, column and grand totals. */
    static List<Row> crossTable(long[][] cells) {
        String[] rs = {"a", "b", "c"};
        String[] cs = {"x", "y", "z"};
        List<Row> rows = new java.util.ArrayList<>();
        long grand = 0;
        long[] colSums = new long[cs.length];
        for (int i = 0; i < rs.length; i++) {
            long rowSum = 0;
            for (int j = 0; j < cs.length; j++) {
                rows.add(row(d("2026-01-31"), rs[i], cs[j], cells[i][j]));
                rowSum += cells[i][j];
                colSums[j] += cells[i][j];
            }
            rows.add(row(d("2026-01-31"), rs[i], "ALL", rowSum));
            grand += rowSum;
        }
        for (int j = 0; j < cs.length; j++) {
            rows.add(row(d("2026-01-31"), "ALL", cs[j], colSums[j]));
        }
        rows.add(row(d("2026-01-31"), "ALL", "ALL", grand));
        return rows;
    }

    static Dataset<Row> frame(TableDef table, Row... rows) {
        return Frames.frame(table.schema(), rows);
    }

    /** "dim values/count" of every hidden count cell, with its reason, read from the row reasons. */
    static Map<String, String> hiddenCells(Dataset<Row> published, TableDef table) {
        Map<String, String> hidden = new TreeMap<>();
        List<String> dims = table.columnsWithRole(nl.opvangmonitor.common.tables.ColumnRole.DIMENSION);
        for (Row r : published.collectAsList()) {
            String reasons = r.getAs(PublishTables.SUPPRESSION_REASON);
            assertEquals(reasons != null, (boolean) r.getAs(PublishTables.SUPPRESSED), "flag matches reason");
            if (reasons == null) {
                continue;
            }
            String key = String.join("/", dims.stream().map(dim -> (String) r.getAs(dim)).toList());
            for (String reason : reasons.split("; ")) {
                String column = reason.substring(0, reason.indexOf(": "));
                assertTrue(r.isNullAt(r.fieldIndex(column)), column + " is null when suppressed");
                hidden.put(key + "/" + column, reason.substring(reason.indexOf(": ") + 2));
            }
        }
        return hidden;
    }

    private static List<Object> rowValues(Row r) {
        List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            values.add(r.get(i));
        }
        return values;
    }

    static {
        SharedSpark.spark();
    }
}
