package nl.opvangmonitor.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import nl.opvangmonitor.jobs.testing.GoldTableGenerator;
import nl.opvangmonitor.jobs.testing.LinearAttack;
import nl.opvangmonitor.jobs.testing.PrivacyScan;
import nl.opvangmonitor.jobs.testing.RecoveryAttack;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random gold tables of several shapes (2 to 5 dimensions, with and without row totals), fixed
 * seeds: after publish no suppressed count can be recovered by subtraction along any line, nor by
 * solving all line equations together (care_continuity_monthly and occupancy_monthly with these
 * seeds need the joint check), every
 * count of 1..k-1 is hidden, every published value is the gold value, and nothing looks personal.
 */
class RecoveryAttackTest {
    private static final int K = 10;

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(GoldTables.AMV_TRANSITION_MONTHLY, 150, 11L),
                Arguments.of(GoldTables.RELOCATION_RATE_MONTHLY, 200, 12L),
                Arguments.of(GoldTables.CARE_CONTINUITY_MONTHLY, 200, 13L),
                Arguments.of(GoldTables.SCHOOL_ACCESS, 250, 14L),
                Arguments.of(GoldTables.OCCUPANCY_MONTHLY, 200, 15L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void noSuppressedCountCanBeRecovered(TableDef gold, int persons, long seed) {
        List<Row> goldRows = GoldTableGenerator.rows(gold, persons, 2, seed);
        DisclosureControl.Published published = DisclosureControl.publish(
                SharedSpark.spark().createDataFrame(goldRows, gold.schema()), gold, K);
        List<Row> out = published.rows().collectAsList();

        assertEquals(List.of(), RecoveryAttack.attack(published.rows(), PublishTables.of(gold)));
        assertEquals(List.of(), LinearAttack.determined(published.rows(), PublishTables.of(gold)));
        assertEquals(List.of(), PrivacyScan.scan(published.rows(), PublishTables.of(gold).qualifiedName()));
        long hidden = checkAgainstGold(gold, goldRows, out);
        assertTrue(published.complements() > 0 && hidden > published.complements(), "the generated table "
                + "exercises secondary suppression: " + hidden + " hidden cells, " + published.complements()
                + " complements in " + published.passes() + " passes");
    }

    /** Every small count is hidden, every shown count equals gold; returns the number of hidden counts. */
    private static long checkAgainstGold(TableDef gold, List<Row> goldRows, List<Row> out) {
        List<String> key = new ArrayList<>(gold.columnsWithRole(ColumnRole.TIME));
        key.addAll(gold.columnsWithRole(ColumnRole.DIMENSION));
        Map<List<Object>, Row> byKey = new HashMap<>();
        for (Row r : goldRows) {
            byKey.put(key.stream().map(c -> r.get(gold.columnNames().indexOf(c))).toList(), r);
        }
        assertEquals(goldRows.size(), out.size(), "one publish row per gold row");
        long hidden = 0;
        for (Row p : out) {
            Row g = byKey.get(key.stream().map(c -> p.getAs(c)).toList());
            for (String count : gold.columnsWithRole(ColumnRole.COUNT)) {
                long value = g.getLong(gold.columnNames().indexOf(count));
                Object shown = p.getAs(count);
                if (shown == null) {
                    hidden++;
                } else {
                    assertEquals(value, shown);
                }
                if (value > 0 && value < K) {
                    assertNull(shown, count + " of " + value + " is hidden");
                }
            }
        }
        return hidden;
    }
}
