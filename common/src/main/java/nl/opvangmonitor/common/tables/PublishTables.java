package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/**
 * Publish: each gold table after disclosure control (privacy.md), same columns plus a
 * {@code suppressed} flag and the names of the row's hidden cells, under the same name in the publish
 * layer. No reason per cell: why a cell is hidden would narrow what it can be (privacy.md); the reasons
 * are kept for data engineers in {@link OpsTables#DISCLOSURE_LOG}.
 */
public final class PublishTables {
    private PublishTables() {
    }

    /** Column: some cell of the row is hidden. */
    public static final String SUPPRESSED = "suppressed";
    /** Column: the names of the row's hidden cells (null in the table), so a reader tells "hidden" from "no value". */
    public static final String HIDDEN_COLUMNS = "hidden_columns";

    /** The publish declaration of a gold table. */
    public static TableDef of(TableDef gold) {
        if (gold.layer() != Layer.GOLD) {
            throw new IllegalArgumentException("only gold tables are published: " + gold.qualifiedName());
        }
        List<TableColumn> columns = new java.util.ArrayList<>(gold.columns());
        columns.add(new TableColumn(SUPPRESSED, DataTypes.BooleanType, false, ColumnRole.PLAIN, List.of())
                .described("yes/no", "true when some cell of the row is hidden (shown as x)"));
        columns.add(new TableColumn(HIDDEN_COLUMNS, DataTypes.createArrayType(DataTypes.StringType, false), false,
                ColumnRole.PLAIN, List.of())
                .described("column names", "the row's hidden cells; an empty cell not named here has no value"));
        return new TableDef(Layer.PUBLISH, gold.name(), columns, gold.keys(), gold.partitionBy(), gold.description());
    }

    public static List<TableDef> all() {
        return GoldTables.all().stream().map(PublishTables::of).toList();
    }
}
