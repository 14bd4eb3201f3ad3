package nl.opvangmonitor.jobs.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.publish.PublishedThreshold;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * A publish table as the exports see it: declaration, the k it was made with, and its rows in key
 * order, streamed to the driver a partition at a time. Only the publish layer is ever read here.
 */
public record PublishedTable(TableDef table, OptionalInt k, Dataset<Row> rows) {

    /** Every publish table present in the lake, in declaration order. */
    public static List<PublishedTable> inLake(Lake lake) {
        List<PublishedTable> tables = new ArrayList<>();
        for (TableDef table : PublishTables.all()) {
            if (lake.exists(table)) {
                tables.add(new PublishedTable(table, PublishedThreshold.read(lake, table), lake.read(table)));
            }
        }
        return tables;
    }

    /** The rows sorted by the table's keys. */
    public Iterator<Row> sortedRows() {
        return rows.orderBy(table.keys().stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .toLocalIterator();
    }

    /** The columns a row hides. */
    public static Set<String> hiddenColumns(Row row) {
        return new HashSet<>(row.getList(row.fieldIndex(PublishTables.HIDDEN_COLUMNS)));
    }

    /** "k=10", or "k unknown" for a table written without the property. */
    public String threshold() {
        return k.isPresent() ? "k=" + k.getAsInt() : "k unknown";
    }
}
