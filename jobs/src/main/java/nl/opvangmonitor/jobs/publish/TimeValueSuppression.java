package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Suppression of the gold rows of one time value on the executor that holds them: each row comes
 * back with, per count column, whether it is hidden and why, then how many passes its time value
 * needed and how many complements the row got ({@link SecondarySuppression#flaggedSchema}).
 */
final class TimeValueSuppression implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final SuppressionLayout layout;

    TimeValueSuppression(SuppressionLayout layout) {
        this.layout = layout;
    }

    @Override
    public Iterator<Row> call(String time, Iterator<Row> goldRows) {
        List<Row> rows = new ArrayList<>();
        goldRows.forEachRemaining(rows::add);
        rows.sort(byDimensions());
        CellGrid grid = new CellGrid(rows, layout);
        SuppressionFixpoint result = SuppressionFixpoint.run(grid, layout.k());
        List<Row> out = new ArrayList<>(rows.size());
        int counts = grid.counts();
        for (int r = 0; r < rows.size(); r++) {
            Row gold = rows.get(r);
            Object[] values = new Object[gold.size() + 2 * counts + 2];
            for (int i = 0; i < gold.size(); i++) {
                values[i] = gold.get(i);
            }
            int complements = 0;
            for (int c = 0; c < counts; c++) {
                int cell = r * counts + c;
                values[gold.size() + 2 * c] = result.hidden(cell);
                values[gold.size() + 2 * c + 1] = result.reason(cell);
                if (result.complement(cell)) {
                    complements++;
                }
            }
            values[values.length - 2] = result.passes();
            values[values.length - 1] = complements;
            out.add(RowFactory.create(values));
        }
        return out.iterator();
    }

    /** Key for grouping: the row's time values. */
    String timeOf(Row row) {
        StringBuilder key = new StringBuilder();
        for (int at : layout.timeAt()) {
            key.append(row.get(at)).append('|');
        }
        return key.toString();
    }

    /** A fixed order of a time value's rows (by dimension values), so the result does not depend on the shuffle. */
    private Comparator<Row> byDimensions() {
        Comparator<Row> order = (a, b) -> 0;
        for (int at : layout.dimensionAt()) {
            order = order.thenComparing(r -> r.getString(at));
        }
        return order;
    }
}
