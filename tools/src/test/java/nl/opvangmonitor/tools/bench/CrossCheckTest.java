package nl.opvangmonitor.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.TableDef;
import org.junit.jupiter.api.Test;

/** The bench's cross-check on hand-written rows: what counts as agreeing, and what as a difference. */
class CrossCheckTest {
    private static final TableDef RATES = TableDef.builder(Layer.GOLD, "rates").time("month").dim("category")
            .count("children").stat("mean_days", "children").keys("month", "category").build();

    private static List<Object> row(String month, String category, long children, Double meanDays) {
        return java.util.Arrays.asList(month, category, children, meanDays);
    }

    @Test
    void theSameRowsInAnotherOrderAgreeWithDoublesWithinTheTolerance() {
        CrossCheck.Result r = CrossCheck.compare(RATES,
                List.of(row("2025-01", "A", 12L, 100.0), row("2025-01", "B", 3L, null)),
                List.of(row("2025-01", "B", 3L, null), row("2025-01", "A", 12L, 100.0 * (1 + 1e-12))));
        assertTrue(r.agrees(), r.examples().toString());
        assertEquals(2, r.sparkRows());
    }

    @Test
    void aChangedValueADoubleBeyondTheToleranceAndKeysOnOneSideAreEachOneDifference() {
        CrossCheck.Result r = CrossCheck.compare(RATES,
                List.of(row("2025-01", "A", 12L, 100.0), row("2025-01", "B", 3L, 7.0), row("2025-02", "A", 1L, null)),
                List.of(row("2025-01", "A", 13L, 100.0), row("2025-01", "B", 3L, 7.000007),
                        row("2025-03", "A", 1L, null)));
        assertFalse(r.agrees());
        assertEquals(4, r.differences());
        assertEquals(List.of("gold.rates [2025-01, A]: children Spark 12 DuckDB 13",
                "gold.rates [2025-01, B]: mean_days Spark 7.0 DuckDB 7.000007",
                "gold.rates [2025-02, A]: only in Spark", "gold.rates [2025-03, A]: only in DuckDB"), r.examples());
    }

    @Test
    void aKeyTwiceOnEitherSideIsADifferenceEvenWhenTheValuesMatch() {
        List<Object> a = row("2025-01", "A", 12L, 100.0);
        CrossCheck.Result twiceInSpark = CrossCheck.compare(RATES, List.of(a, a), List.of(a));
        assertFalse(twiceInSpark.agrees());
        assertEquals(List.of("gold.rates [2025-01, A]: key twice in Spark"), twiceInSpark.examples());

        CrossCheck.Result twiceInPeer = CrossCheck.compare(RATES, List.of(a), List.of(a, a));
        assertFalse(twiceInPeer.agrees());
        assertEquals(List.of("gold.rates [2025-01, A]: key twice in DuckDB"), twiceInPeer.examples());
    }
}
