package nl.opvangmonitor.common.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a table declaration accepts as a statistic's base and inputs (disclosure control relies on them). */
class TableDefTest {
    private static TableDef.Builder rates() {
        return TableDef.builder(Layer.GOLD, "rates").time("month")
                .count("moves").count("child_days").count("children").recordCount("locations");
    }

    @Test
    void aShareOfSeveralCountsHasThemAsInputsAndComputedFromReplacesThem() {
        TableDef shares = rates().stat("share", "moves", "children").keys("month").build();
        assertEquals(List.of("moves", "children"), column(shares, "share").inputs());
        assertEquals(List.of("moves", "children"), column(shares, "share").computedOver(), "each column once");

        TableDef rate = rates().stat("per_1000_days", "children").computedFrom("moves", "child_days")
                .keys("month").build();
        assertEquals(List.of("children"), column(rate, "per_1000_days").base());
        assertEquals(List.of("moves", "child_days"), column(rate, "per_1000_days").inputs());
        assertEquals(List.of("children", "moves", "child_days"), column(rate, "per_1000_days").computedOver());
    }

    @Test
    void aBaseMayCountRecordsButAnInputMustCountPersons() {
        TableDef overLocations = rates().stat("pct_locations", "locations").keys("month").build();
        assertEquals(List.of(), column(overLocations, "pct_locations").inputs());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rates().stat("per_location", "children").computedFrom("locations").keys("month").build());
        assertTrue(e.getMessage().contains("gold.rates.per_location refers to locations, which is not a person count"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> rates().stat("share", "moves", "missing").keys("month").build());
    }

    @Test
    void computedFromFollowsAStatistic() {
        assertThrows(IllegalArgumentException.class, () -> rates().computedFrom("moves"));
    }

    @Test
    void everyGoldTableDeclarationIsValid() {
        assertEquals(14, GoldTables.all().size(), "the gold tables of metrics.md and data_quality, all declared without error");
    }

    private static TableColumn column(TableDef table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** A gold row is one combination of its time and dimension values (metrics.md), so those are its key. */
    @Test
    void everyGoldTableIsKeyedByItsTimeAndDimensions() {
        for (TableDef table : GoldTables.all()) {
            List<String> timeAndDimensions = table.columns().stream()
                    .filter(c -> c.role() == ColumnRole.TIME || c.role() == ColumnRole.DIMENSION)
                    .map(TableColumn::name).toList();
            assertEquals(timeAndDimensions, table.keys(), table.qualifiedName());
        }
    }

    @Test
    void keysDefaultToTheTimeAndDimensionColumns() {
        TableDef derived = TableDef.builder(Layer.GOLD, "k").time("month").dim("a").count("n").dim("b").build();
        assertEquals(List.of("month", "a", "b"), derived.keys());
        assertEquals(List.of("a"), TableDef.builder(Layer.GOLD, "k").time("month").dim("a").keys("a").build().keys());
    }
}
