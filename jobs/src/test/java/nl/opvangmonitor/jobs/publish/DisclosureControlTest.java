package nl.opvangmonitor.jobs.publish;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.LinkedFigure;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.testing.LinearAttack;
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
                null, 3L, 0.5, true, List.of("one", "nine", "mean_over_nine", "pct_over_one_and_nine")),
                rowValues(out));
    }

    /**
     * moves_per_1000_days = moves_out / child_days x 1000 over 30 children: with moves_out 4 hidden and
     * child_days 900 shown, the rate 4.444 would give 4 back, so it is hidden with its input.
     */
    @Test
    void aRateIsHiddenWhenItsNumeratorIsAlthoughItsPersonBaseIsLarge() {
        TableDef rates = GoldTables.RELOCATION_RATE_MONTHLY;
        Dataset<Row> gold = frame(rates, row(d("2026-01-01"), "ALL", "ALL", "ALL", 900L, 30L, 4L, 4000.0 / 900, 25L, 12L, false));

        Row out = DisclosureControl.publish(gold, rates, K).rows().collectAsList().get(0);

        assertEquals(Arrays.asList(java.sql.Date.valueOf(d("2026-01-01")), "ALL", "ALL", "ALL", 900L, 30L, null, null,
                25L, 12L, false, true, List.of("moves_out", "moves_per_1000_days")),
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

        assertEquals(Map.of("A/persons", "primary", "B/persons", "complement"),
                hiddenCells(published, table));
        assertEquals(1, published.passes());
        assertEquals(1, published.complements());
        Map<String, String> protects = new TreeMap<>();
        published.log().forEach(r -> protects.put(r.getString(2) + " " + r.getString(3), r.getString(6)));
        assertEquals("category=A persons", protects.get("category=B persons"), "the log names what B protects");
        assertEquals(null, protects.get("category=A persons"), "a primary cell protects nothing");
    }

    @Test
    void aRowTotalOfStatusColumnsIsALineToo() {
        TableDef table = TableDef.builder(Layer.GOLD, "statuses").time("month")
                .countTotal("children", "in_time", "late", "left")
                .count("in_time").count("late").count("left").keys("month").build();
        Dataset<Row> gold = frame(table, row(d("2026-01-31"), 30L, 15L, 3L, 12L));

        Map<String, String> hidden = hiddenCells(DisclosureControl.publish(gold, table, K), table);

        assertEquals(Map.of("/late", "primary", "/left", "complement"),
                hidden);
    }

    /**
     * A 3x3 table with totals and one small cell (a,x)=3. Its cheapest hypercube (another row r', another
     * column c', all four corners hidden) is b,y: 15 + 20 + 30 = 65, against b,z 15 + 40 + 12 = 67 and every
     * other pair at 130 or more. The rectangle a,b x x,y is safe: no line has one hidden cell.
     */
    @Test
    void aComplementInOneLineForcesAnotherInTheCrossingLine() {
        TableDef table = TableDef.builder(Layer.GOLD, "two_dims").time("month").dim("r").dim("c")
                .count("persons").keys("month", "r", "c").build();
        long[][] cells = {{3, 20, 40}, {15, 30, 12}, {50, 60, 70}};
        Dataset<Row> gold = frame(table, crossTable(cells).toArray(Row[]::new));

        DisclosureControl.Published published = DisclosureControl.publish(gold, table, K);

        assertEquals(Map.of("a/x/persons", "primary",
                "a/y/persons", "complement",
                "b/x/persons", "complement",
                "b/y/persons", "complement"), hiddenCells(published, table));
        assertEquals(1, published.passes());
        assertEquals(3, published.complements());
        assertEquals(List.of(), RecoveryAttack.attack(published.rows(), PublishTables.of(table)));
    }

    /**
     * Row a of a 3x3 table is (3, 0, 0) with total 3: both (a,ALL) and (a,x) are primary, and row a has
     * no other cell worth hiding (a zero only when nothing else is left), so the hypercube of (a,ALL)
     * (first in key order) takes column x (already hidden, cost 0) and the cheapest other row: b,
     * (b,ALL) 57 + (b,x) 15 = 72, against c 180 + 50 and ALL 240 + 68. (a,x) is a corner of the same
     * rectangle, which is safe.
     */
    @Test
    void whenTheSuppressedCellsRowHasNoComplementItComesFromAnotherRow() {
        TableDef table = TableDef.builder(Layer.GOLD, "two_dims").time("month").dim("r").dim("c")
                .count("persons").keys("month", "r", "c").build();
        Dataset<Row> gold = frame(table, crossTable(new long[][] {{3, 0, 0}, {15, 30, 12}, {50, 60, 70}})
                .toArray(Row[]::new));

        DisclosureControl.Published published = DisclosureControl.publish(gold, table, K);

        assertEquals(Map.of("a/x/persons", "primary",
                "a/ALL/persons", "primary",
                "b/x/persons", "complement",
                "b/ALL/persons", "complement"), hiddenCells(published, table));
        assertEquals(1, published.passes());
        assertEquals(2, published.complements());
        assertEquals(List.of(), LinearAttack.determined(published.rows(), PublishTables.of(table)));
    }

    /**
     * A cell without a hypercube: around (a,x)=3 every fourth corner is missing ((b,y), a known 0) or
     * null in gold ((b,ALL), (ALL,y), (ALL,ALL)). The fallback closes column x with (b,x)=15 (below
     * (ALL,x)=18) and row a with (a,y)=20 (below (a,ALL)=23). Then the null cells, counted as known,
     * still fix every hidden cell (row b gives (b,x), column y gives (a,y)), so the joint check adds
     * the only cells left on their lines, (ALL,x) and (a,ALL), and stops when nothing else is left.
     */
    @Test
    void aCellWithoutAHypercubeFallsBackToLineWavesAndTheJointCheck() {
        TableDef table = TableDef.builder(Layer.GOLD, "two_dims").time("month").dim("r").dim("c")
                .count("persons").keys("month", "r", "c").build();
        Dataset<Row> gold = frame(table,
                row(d("2026-01-31"), "a", "x", 3L), row(d("2026-01-31"), "a", "y", 20L),
                row(d("2026-01-31"), "a", "ALL", 23L), row(d("2026-01-31"), "b", "x", 15L),
                row(d("2026-01-31"), "b", "ALL", null), row(d("2026-01-31"), "ALL", "x", 18L),
                row(d("2026-01-31"), "ALL", "y", null), row(d("2026-01-31"), "ALL", "ALL", null));

        DisclosureControl.Published published = DisclosureControl.publish(gold, table, K);

        assertEquals(Map.of("a/x/persons", "primary",
                "b/x/persons", "complement",
                "a/y/persons", "complement",
                "ALL/x/persons", "complement",
                "a/ALL/persons", "complement"), hiddenCells(published, table));
        assertEquals(2, published.passes());
        assertEquals(4, published.complements());
    }

    /**
     * A per-row figure t(r) that is the source's row total s(r, ALL). In the source (the case above) the
     * complement (b,ALL)=57 is hidden, so t(b)=57 is hidden too, as linked: published, it would give back
     * (b,ALL) and with it the rectangle. t(a)=3 is primary, and its cube along r takes t(b) at no cost:
     * t(c) and t(ALL) are published at the source and never complements. Without the link, t(b) is an
     * ordinary cell and becomes t(a)'s complement.
     */
    @Test
    void aLinkedFigureIsHiddenWhereItsSourceIsAndItsSourcesPublishedCellsAreNeverComplements() {
        TableDef source = TableDef.builder(Layer.GOLD, "source").time("month").dim("r").dim("c")
                .count("persons").keys("month", "r", "c").build();
        TableDef target = TableDef.builder(Layer.GOLD, "target").time("month").dim("r")
                .count("persons").keys("month", "r").build();
        Dataset<Row> sourceGold = frame(source, crossTable(new long[][] {{3, 0, 0}, {15, 30, 12}, {50, 60, 70}})
                .toArray(Row[]::new));
        Dataset<Row> targetGold = frame(target, row(d("2026-01-31"), "a", 3L), row(d("2026-01-31"), "b", 57L),
                row(d("2026-01-31"), "c", 180L), row(d("2026-01-31"), "ALL", 240L));
        LinkedFigure rowTotals = new LinkedFigure(target, "persons", source, "persons",
                LinkedFigure.TimeMatch.SAME_DATE, Map.of("c", "ALL"), Map.of());

        DisclosureControl linked = new DisclosureControl(K, List.of(rowTotals));
        linked.publish(source, sourceGold);
        DisclosureControl.Published published = linked.publish(target, targetGold);
        DisclosureControl alone = new DisclosureControl(K, List.of());
        alone.publish(source, sourceGold);

        assertEquals(Map.of("a/persons", "primary", "b/persons", "linked"), hiddenCells(published, target));
        assertEquals(0, published.complements());
        assertEquals(Map.of("a/persons", "primary", "b/persons", "complement"),
                hiddenCells(alone.publish(target, targetGold), target));
    }

    /**
     * Source r: a = 3 (primary), b = 14, c = 40, ALL = 57. The cheapest cube around a takes its sibling b: +a -b, so
     * a + b stays 17 in every way the source's pattern moves, and 57 - 40 gives it away. A figure a + b is therefore
     * published (hiding it would hide a known number, which the audit counts as pinned); a figure a + c moves with
     * the pattern (+t) and stays hidden, protected by the source's cube.
     */
    @Test
    void aLinkedSumThatNoPatternOfItsSourceMovesIsPublished() {
        TableDef source = TableDef.builder(Layer.GOLD, "source").time("month").dim("r")
                .count("persons").keys("month", "r").build();
        TableDef target = TableDef.builder(Layer.GOLD, "target").time("month")
                .count("a_and_b").count("a_and_c").keys("month").build();
        Dataset<Row> sourceGold = frame(source, row(d("2026-01-31"), "a", 3L), row(d("2026-01-31"), "b", 14L),
                row(d("2026-01-31"), "c", 40L), row(d("2026-01-31"), "ALL", 57L));
        Dataset<Row> targetGold = frame(target, row(d("2026-01-31"), 17L, 43L));
        DisclosureControl linked = new DisclosureControl(K, List.of(
                new LinkedFigure(target, "a_and_b", source, "persons", LinkedFigure.TimeMatch.SAME_DATE, Map.of(),
                        Map.of("r", List.of("a", "b"))),
                new LinkedFigure(target, "a_and_c", source, "persons", LinkedFigure.TimeMatch.SAME_DATE, Map.of(),
                        Map.of("r", List.of("a", "c")))));

        assertEquals(Map.of("a/persons", "primary", "b/persons", "complement"),
                hiddenCells(linked.publish(source, sourceGold), source));
        assertEquals(Map.of("/a_and_c", "linked"), hiddenCells(linked.publish(target, targetGold), target));
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

    /**
     * "dim values/column" of every hidden cell with its reason, from the log; checks on the way that the
     * publish rows show exactly those cells as hidden (null, named in hidden_columns, row flagged).
     */
    static Map<String, String> hiddenCells(DisclosureControl.Published published, TableDef table) {
        Map<String, String> hidden = new TreeMap<>();
        for (Row log : published.log()) {
            String dims = String.join("/", java.util.Arrays.stream(log.getString(2).split(";"))
                    .filter(e -> !e.isEmpty()).map(e -> e.substring(e.indexOf('=') + 1)).toList());
            hidden.put(dims + "/" + log.getString(3), log.getString(4));
        }
        Map<String, String> shown = new TreeMap<>();
        List<String> dimensions = table.columnsWithRole(nl.opvangmonitor.common.tables.ColumnRole.DIMENSION);
        for (Row r : published.rows().collectAsList()) {
            List<String> columns = r.getList(r.fieldIndex(PublishTables.HIDDEN_COLUMNS));
            assertEquals(!columns.isEmpty(), (boolean) r.getAs(PublishTables.SUPPRESSED), "flag matches hidden columns");
            String key = String.join("/", dimensions.stream().map(dim -> (String) r.getAs(dim)).toList());
            for (String column : columns) {
                assertTrue(r.isNullAt(r.fieldIndex(column)), column + " is null when suppressed");
                shown.put(key + "/" + column, hidden.get(key + "/" + column));
            }
        }
        assertEquals(hidden, shown, "the log names the cells the rows hide");
        return hidden;
    }

    private static List<Object> rowValues(Row r) {
        List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            values.add(r.get(i) instanceof scala.collection.Seq<?> list ? scala.jdk.javaapi.CollectionConverters.asJava(list)
                    : r.get(i));
        }
        return values;
    }

    static {
        SharedSpark.spark();
    }
}
