package nl.opvangmonitor.jobs.publish;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * A national complement is taken where it hides no published statistic of the national row: the share the report
 * charts survives a small count beside it.
 */
class StatisticCostTest {
    private static final int K = 10;
    private static final TableDef TABLE = TableDef.builder(Layer.GOLD, "school_in_time").time("month").dim("region")
            .countTotal("children", "in_time", "late", "left").count("in_time").count("late").count("left")
            .stat("pct_in_time", "in_time", "late").keys("month", "region").build();
    private static final String[] COLUMNS = {"children", "in_time", "late", "left"};
    /**
     * <pre>
     *          children  in_time  late  left
     *   A1         51       30     20     1
     *   A2         67       40     25     2
     *   ALL       118       70     45     3
     * </pre>
     */
    private static final List<Row> ROWS = List.of(
            cells("A1", 51, 30, 20, 1), cells("A2", 67, 40, 25, 2), cells("ALL", 118, 70, 45, 3));

    private static Row cells(String region, long children, long inTime, long late, long left) {
        return row(java.sql.Date.valueOf(d("2026-04-30")), region, children, inTime, late, left, null);
    }

    /**
     * Every left is 1..3 and primary, so the national row needs a second hidden cell: late (45) is its smallest, but
     * late and in_time are what pct_in_time is computed over (base 115), and hiding either hides the national share.
     * children (118) costs more by value and hides no statistic, so A1/left (taken first, the smallest) gets the cube
     * A1/left, ALL/left, A1/children, ALL/children, every corner rising with it (each is a part of, or the total of,
     * the others' lines). Without the statistic's cost the same cube runs through late, down to the national late.
     * A2/left then takes a flow, by hand: it falls by 2 (A1/left rises, A2/late rises, A1/late falls) and rises by 7
     * (A2/late falls; the national left and children rise, and with them A1/children and A1/late), 2 + 7 = 9 = k - 1,
     * through no further national cell. No national in_time or late is hidden.
     */
    @Test
    void theNationalComplementSparesTheCountsOfAPublishedShare() {
        CellGrid grid = new CellGrid(ROWS, SuppressionLayout.of(new TableShape(TABLE), TABLE.schema(), K));
        SuppressionFixpoint result = SuppressionFixpoint.run(grid, K);
        List<String> hidden = IntStream.range(0, grid.cells()).filter(result::hidden)
                .mapToObj(c -> ROWS.get(c / COLUMNS.length).getString(1) + "/" + COLUMNS[c % COLUMNS.length])
                .sorted().toList();
        assertEquals(List.of("A1/children", "A1/late", "A1/left", "A2/late", "A2/left", "ALL/children", "ALL/left"),
                hidden);
    }
}
