package nl.opvangmonitor.jobs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Every table the metrics step computes is declared with the others, so sql and the lake-wide tests see it; the run
 * order follows the declared inputs, and a computation reads nothing else.
 */
class MetricTablesTest {
    /** A computation that only declares: its table and its inputs. */
    private record Declared(TableDef table, List<TableDef> inputs) implements ComputedTable {
        @Override
        public Dataset<Row> compute(MetricContext context) {
            throw new UnsupportedOperationException("declarations only");
        }
    }

    @Test
    void theRunOrderPutsEveryTableAfterTheComputedTablesItReads() {
        List<ComputedTable> order = MetricTables.inRunOrder();
        List<TableDef> computed = order.stream().map(ComputedTable::table).toList();
        assertEquals(MetricTables.facts().size() + MetricTables.gold().size(), order.size());
        for (int i = 0; i < order.size(); i++) {
            List<TableDef> before = order.subList(0, i).stream().map(ComputedTable::table).toList();
            for (TableDef input : order.get(i).inputs()) {
                assertTrue(!computed.contains(input) || before.contains(input),
                        order.get(i).table().qualifiedName() + " runs before its input " + input.qualifiedName());
            }
        }
    }

    @Test
    void aTableListedBeforeItsInputRunsAfterIt() {
        Declared spells = new Declared(SilverFactTables.EMERGENCY_SPELLS, List.of(SilverFactTables.RESIDENCE_SEGMENTS));
        Declared segments = new Declared(SilverFactTables.RESIDENCE_SEGMENTS, List.of(SilverTables.STAYS));
        Declared occupancy = new Declared(GoldTables.OCCUPANCY_MONTHLY, List.of(SilverFactTables.RESIDENCE_SEGMENTS));
        assertEquals(List.of(segments, spells, occupancy),
                MetricTables.inRunOrder(List.of(spells, segments, occupancy)));
    }

    @Test
    void aCycleOrAnInputNobodyMakesIsRefused() {
        Declared moves = new Declared(SilverFactTables.MOVES, List.of(SilverFactTables.EMERGENCY_SPELLS));
        Declared spells = new Declared(SilverFactTables.EMERGENCY_SPELLS, List.of(SilverFactTables.MOVES));
        assertTrue(assertThrows(IllegalStateException.class, () -> MetricTables.inRunOrder(List.of(moves, spells)))
                .getMessage().contains("cycle"));
        Declared headline = new Declared(GoldTables.HEADLINE, List.of(GoldTables.OCCUPANCY_MONTHLY));
        assertEquals(
                "gold.headline reads gold.occupancy_monthly, which metrics makes but none of these computations does",
                assertThrows(IllegalStateException.class, () -> MetricTables.inRunOrder(List.of(headline)))
                        .getMessage());
    }

    @Test
    void aComputationReadsOnlyItsDeclaredInputs() {
        MetricContext context = MetricContext.of(null, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 1), Map.of())
                .readingInputsOf(new Declared(SilverFactTables.MOVES, List.of(SilverTables.RELOCATIONS)));
        assertEquals("silver.moves reads silver.stays, which its inputs() do not declare",
                assertThrows(IllegalStateException.class, () -> context.table(SilverTables.STAYS)).getMessage());
        assertEquals("test context lacks silver.relocations",
                assertThrows(IllegalArgumentException.class, () -> context.table(SilverTables.RELOCATIONS))
                        .getMessage());
    }

    @Test
    void everyComputedTableIsInTablesAll() {
        List<TableDef> computed = Stream.concat(MetricTables.facts().stream(), MetricTables.gold().stream())
                .map(ComputedTable::table).toList();
        List<String> missing = computed.stream().filter(t -> !Tables.all().contains(t)).map(TableDef::qualifiedName).toList();
        assertEquals(List.of(), missing, "computed tables missing from Tables.all()");
    }

    @Test
    void theFactsAreTheSilverTablesConformDoesNotWrite() {
        assertEquals(SilverFactTables.all().stream().map(TableDef::qualifiedName).toList(),
                MetricTables.facts().stream().map(c -> c.table().qualifiedName()).toList());
        assertEquals(SilverFactTables.all(), MetricTables.facts().stream().map(ComputedTable::table).toList());
        assertTrue(SilverTables.all().containsAll(SilverFactTables.all()));
        assertTrue(SilverTables.all().stream().allMatch(t -> t.layer() == Layer.SILVER));
        assertEquals(SilverTables.conformed().size() + SilverFactTables.all().size(), SilverTables.all().size());
        assertTrue(GoldTables.all().stream().allMatch(Tables.all()::contains));
    }
}
