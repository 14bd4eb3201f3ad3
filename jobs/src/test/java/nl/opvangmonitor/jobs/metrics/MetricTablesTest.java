package nl.opvangmonitor.jobs.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.SilverFactTables;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;
import org.junit.jupiter.api.Test;

/** Every table the metrics step computes is declared with the others, so sql and the lake-wide tests see it. */
class MetricTablesTest {
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
