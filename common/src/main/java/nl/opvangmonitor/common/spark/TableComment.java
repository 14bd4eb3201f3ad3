package nl.opvangmonitor.common.spark;

import nl.opvangmonitor.common.tables.TableDef;

/**
 * Sets a Delta table's description (what {@code DESCRIBE DETAIL} and catalogs show as its comment)
 * from its declaration. Column comments travel with every write in the schema ({@link Lake#asDeclared});
 * the description is table metadata a write leaves alone, so it is set here, after the write, in one
 * commit and only when it differs.
 */
public final class TableComment {
    private TableComment() {
    }

    /** Sets the description of {@code table} when it is declared and differs; returns whether it committed. */
    public static boolean apply(Lake lake, TableDef table) {
        String description = table.description();
        if (description.isEmpty() || !lake.exists(table)
                || description.equals(lake.delta(table).detail().head().getAs("description"))) {
            return false;
        }
        lake.setProperty(table, "comment", description);
        return true;
    }
}
