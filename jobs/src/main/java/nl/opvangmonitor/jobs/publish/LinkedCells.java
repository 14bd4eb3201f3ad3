package nl.opvangmonitor.jobs.publish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.opvangmonitor.common.tables.LinkedFigure;
import nl.opvangmonitor.common.tables.TableDef;

/**
 * The hidden count cells of the tables published so far, so that a linked figure of a later table
 * ({@link LinkedFigure}) is hidden wherever one of its source cells is. A cell is named by its table,
 * time value, column and dimension values (in the table's declaration order).
 */
final class LinkedCells {
    private final Set<TableDef> published = new HashSet<>();
    private final Set<String> hidden = new HashSet<>();
    /** Per source cell (keyed by its month), how far a linked table's bounds let it fall and rise. */
    private final Map<String, long[]> rooms = new HashMap<>();
    /** Source cells (keyed by their month) of a linked figure in its table's national row or the headline. */
    private final Set<String> national = new HashSet<>();
    /** Per table and dimension, the values its rows have. */
    private final Map<String, Map<String, Set<String>>> values = new HashMap<>();
    /** Per table and calendar month ({@code yyyy-MM}), the table's time value in that month. */
    private final Map<String, String> timeInMonth = new HashMap<>();

    /** Per source table and time value, its suppression and each count cell's index in it, by {@link #key}. */
    private final Map<String, SourceTime> sources = new java.util.concurrent.ConcurrentHashMap<>();

    private record SourceTime(SuppressionFixpoint suppression, Map<String, Integer> cells) {
    }

    /** Whether the figure's source table has been published, so its cells can decide the figure's. */
    boolean knows(LinkedFigure figure) {
        return published.contains(figure.source());
    }

    /** Records that a table is published, with one of its time values. */
    void time(TableDef table, String time) {
        published.add(table);
        timeInMonth.put(table.name() + "|" + time.substring(0, 7), time);
    }

    /** Records the dimension values of a row of a published table. */
    void row(TableDef table, Map<String, String> dimensions) {
        Map<String, Set<String>> ofTable = values.computeIfAbsent(table.name(), t -> new HashMap<>());
        dimensions.forEach((d, v) -> ofTable.computeIfAbsent(d, x -> new HashSet<>()).add(v));
    }

    /** Records a hidden count cell of a published table. */
    void hide(TableDef table, String time, String column, Map<String, String> dimensions) {
        hidden.add(key(table, time, column, dimensions));
    }

    /**
     * Whether a cell of the figure's table, at the given time and dimension values, must be hidden: every
     * way of writing it from source cells ({@link LinkedFigure#representations}) has a hidden cell. When one
     * way is all published, the cell can be worked out from the source table anyway, and hiding it would
     * only hide a known number.
     */
    boolean sourceHidden(LinkedFigure figure, String time, Map<String, String> dimensions) {
        String sourceTime = sourceTime(figure, time);
        return sourceTime != null && figure.representations(dimensions, values.getOrDefault(figure.source().name(), Map.of()))
                .stream().allMatch(way -> way.stream().anyMatch(
                        source -> hidden.contains(key(figure.source(), sourceTime, figure.sourceColumn(), source))));
    }

    /** Records the suppression of one time value of a source table, with its count cells' indices by {@link #key}. */
    void suppressed(TableDef table, String time, SuppressionFixpoint suppression, Map<String, Integer> cells) {
        sources.put(table.name() + "|" + time, new SourceTime(suppression, cells));
    }

    /**
     * Whether the source's suppression lets the figure's cell be published although its source cells are hidden:
     * none of its patterns moves their sum ({@link SuppressionFixpoint#keepsSum}). Hiding such a cell would leave it
     * without a pattern of its own (the published cells often pin it, as a line of occupancy_monthly pins
     * noodopvang plus crisisnoodopvang), and publishing it takes no protection from any source cell.
     */
    boolean sumKept(LinkedFigure figure, String time, Map<String, String> dimensions) {
        String sourceTime = sourceTime(figure, time);
        SourceTime source = sourceTime == null ? null : sources.get(figure.source().name() + "|" + sourceTime);
        if (source == null) {
            return false;
        }
        int[] cells = figure.sourceCells(dimensions).stream()
                .map(cell -> source.cells().get(key(figure.source(), sourceTime, figure.sourceColumn(), cell)))
                .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
        return source.suppression().keepsSum(cells);
    }

    /**
     * Records that a source cell, at a time in the given month, can fall at most {@code below} and rise at
     * most {@code above} before a linked figure it is part of crosses a bound of its own table.
     */
    void limit(TableDef table, String month, String column, Map<String, String> dimensions, long below, long above) {
        rooms.merge(key(table, month, column, dimensions), new long[] {below, above},
                (a, b) -> new long[] {Math.min(a[0], b[0]), Math.min(a[1], b[1])});
    }

    /** Records a source cell, at a time in the given month, of a linked figure in a national row or the headline. */
    void nationalSource(TableDef table, String month, String column, Map<String, String> dimensions) {
        national.add(key(table, month, column, dimensions));
    }

    /** Whether a cell is a source of a linked figure in a national row or the headline ({@link #nationalSource}). */
    boolean isNationalSource(TableDef table, String time, String column, Map<String, String> dimensions) {
        return national.contains(key(table, time.substring(0, 7), column, dimensions));
    }

    /** The {below, above} room a linked table leaves a cell, or null when it leaves it free. */
    long[] room(TableDef table, String time, String column, Map<String, String> dimensions) {
        return rooms.get(key(table, time.substring(0, 7), column, dimensions));
    }

    private String sourceTime(LinkedFigure figure, String time) {
        return figure.time() == LinkedFigure.TimeMatch.SAME_DATE ? time
                : timeInMonth.get(figure.source().name() + "|" + time.substring(0, 7));
    }

    static String key(TableDef table, String time, String column, Map<String, String> dimensions) {
        return table.name() + "|" + time + "|" + column + "|" + dimensions.values();
    }
}
