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
    /** Per table and calendar month ({@code yyyy-MM}), the table's time value in that month. */
    private final Map<String, String> timeInMonth = new HashMap<>();

    /** Whether the figure's source table has been published, so its cells can decide the figure's. */
    boolean knows(LinkedFigure figure) {
        return published.contains(figure.source());
    }

    /** Records that a table is published, with one of its time values. */
    void time(TableDef table, String time) {
        published.add(table);
        timeInMonth.put(table.name() + "|" + time.substring(0, 7), time);
    }

    /** Records a hidden count cell of a published table. */
    void hide(TableDef table, String time, String column, Map<String, String> dimensions) {
        hidden.add(key(table, time, column, dimensions));
    }

    /** Whether a cell of the figure's table, at the given time and dimension values, has a hidden source cell. */
    boolean sourceHidden(LinkedFigure figure, String time, Map<String, String> dimensions) {
        String sourceTime = figure.time() == LinkedFigure.TimeMatch.SAME_DATE ? time
                : timeInMonth.get(figure.source().name() + "|" + time.substring(0, 7));
        return sourceTime != null && figure.sourceCells(dimensions).stream()
                .anyMatch(source -> hidden.contains(key(figure.source(), sourceTime, figure.sourceColumn(), source)));
    }

    private static String key(TableDef table, String time, String column, Map<String, String> dimensions) {
        return table.name() + "|" + time + "|" + column + "|" + dimensions.values();
    }
}
