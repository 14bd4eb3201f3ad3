package nl.opvangmonitor.jobs.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Hand-built publish tables for report tests: give the values that matter, dimensions default to
 * {@code ALL}, everything else to null, nothing suppressed.
 */
final class PublishFixture {
    private final TableDef table;
    private final List<Row> rows = new ArrayList<>();

    private PublishFixture(TableDef gold) {
        this.table = PublishTables.of(gold);
    }

    static PublishFixture of(TableDef gold) {
        return new PublishFixture(gold);
    }

    PublishFixture row(Map<String, Object> values) {
        List<Object> cells = new ArrayList<>();
        for (TableColumn c : table.columns()) {
            Object v = values.get(c.name());
            if (v instanceof LocalDate d) {
                v = Date.valueOf(d);
            } else if (v instanceof Integer i && c.type() instanceof org.apache.spark.sql.types.LongType) {
                v = i.longValue();
            } else if (v instanceof Integer i && c.type() instanceof org.apache.spark.sql.types.DoubleType) {
                v = i.doubleValue();
            }
            if (v == null && c.role() == ColumnRole.DIMENSION) {
                v = GoldTables.ALL;
            }
            if (v == null && c.name().equals(PublishTables.HIDDEN_COLUMNS)) {
                v = List.of();
            }
            if (v == null && c.type() instanceof org.apache.spark.sql.types.BooleanType) {
                v = false;
            }
            cells.add(v);
        }
        rows.add(RowFactory.create(cells.toArray()));
        return this;
    }

    void writeTo(Lake lake) {
        org.apache.spark.sql.types.StructType nullable = new org.apache.spark.sql.types.StructType(
                java.util.Arrays.stream(table.schema().fields())
                        .map(f -> new org.apache.spark.sql.types.StructField(f.name(), f.dataType(), true, f.metadata()))
                        .toArray(org.apache.spark.sql.types.StructField[]::new));
        lake.overwrite(table, SharedSpark.spark().createDataFrame(rows, nullable));
    }
}
