package nl.opvangmonitor.common.tables;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/**
 * Publish: each gold table after disclosure control (privacy.md), same columns plus a
 * {@code suppressed} flag and the reason, under the same name in the publish layer.
 */
public final class PublishTables {
    private PublishTables() {
    }

    public static final String SUPPRESSED = "suppressed";
    public static final String SUPPRESSION_REASON = "suppression_reason";

    /** The publish declaration of a gold table. */
    public static TableDef of(TableDef gold) {
        if (gold.layer() != Layer.GOLD) {
            throw new IllegalArgumentException("only gold tables are published: " + gold.qualifiedName());
        }
        List<TableColumn> columns = new java.util.ArrayList<>(gold.columns());
        columns.add(new TableColumn(SUPPRESSED, DataTypes.BooleanType, false, ColumnRole.PLAIN, List.of()));
        columns.add(new TableColumn(SUPPRESSION_REASON, DataTypes.StringType, true, ColumnRole.PLAIN, List.of()));
        return new TableDef(Layer.PUBLISH, gold.name(), columns, gold.keys(), gold.partitionBy(), gold.description());
    }

    public static List<TableDef> all() {
        return GoldTables.all().stream().map(PublishTables::of).toList();
    }
}
