package nl.opvangmonitor.common.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The one declaration of a lake table: layer, name, columns (with their roles), key and partition
 * columns, and what the table holds for its readers ({@code description}, empty if not declared).
 * Jobs find paths and schemas here, never in string literals (engineering.md).
 */
public record TableDef(Layer layer, String name, List<TableColumn> columns, List<String> keys,
                       List<String> partitionBy, String description) {

    public TableDef {
        columns = List.copyOf(columns);
        keys = List.copyOf(keys);
        partitionBy = List.copyOf(partitionBy);
    }

    /** An undescribed table. */
    public TableDef(Layer layer, String name, List<TableColumn> columns, List<String> keys, List<String> partitionBy) {
        this(layer, name, columns, keys, partitionBy, "");
    }

    /** The SQL name, {@code layer.table}, e.g. {@code gold.school_access}. */
    public String qualifiedName() {
        return layer.folder() + "." + name;
    }

    /** Path relative to the lake root, e.g. {@code gold/school_access}. */
    public String relativePath() {
        return layer.folder() + "/" + name;
    }

    /** The Spark schema; a described column carries its description and unit as the field's comment. */
    public StructType schema() {
        return new StructType(columns.stream()
                .map(c -> new StructField(c.name(), c.type(), c.nullable(), comment(c)))
                .toArray(StructField[]::new));
    }

    /** The field metadata of a column: {@code comment} "description (unit)", which DESCRIBE and BI tools show. */
    public static Metadata comment(TableColumn c) {
        if (c.description().isEmpty()) {
            return Metadata.empty();
        }
        String unit = c.unit().isEmpty() ? "" : " (" + c.unit() + ")";
        return new MetadataBuilder().putString("comment", c.description() + unit).build();
    }

    public List<String> columnNames() {
        return columns.stream().map(TableColumn::name).toList();
    }

    /** Names of the columns with the given role, in declaration order. */
    public List<String> columnsWithRole(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).map(TableColumn::name).toList();
    }

    public TableColumn column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(qualifiedName() + " has no column " + name));
    }

    public static Builder builder(Layer layer, String name) {
        return new Builder(layer, name);
    }

    /** Fluent declaration, so a table reads like its definition in metrics.md. */
    public static final class Builder {
        private final Layer layer;
        private final String name;
        private final List<TableColumn> columns = new ArrayList<>();
        private List<String> keys = List.of();
        private List<String> partitionBy = List.of();
        private String description = "";

        private Builder(Layer layer, String name) {
            this.layer = layer;
            this.name = name;
        }

        private Builder add(String column, DataType type, boolean nullable, ColumnRole role, String... base) {
            columns.add(new TableColumn(column, type, nullable, role, Arrays.asList(base)));
            return this;
        }

        /** A required plain column. */
        public Builder required(String column, DataType type) {
            return add(column, type, false, ColumnRole.PLAIN);
        }

        /** A nullable plain column. */
        public Builder optional(String column, DataType type) {
            return add(column, type, true, ColumnRole.PLAIN);
        }

        public Builder string(String column) {
            return required(column, DataTypes.StringType);
        }

        public Builder date(String column) {
            return required(column, DataTypes.DateType);
        }

        /** A reporting date or month column of a gold table. */
        public Builder time(String column) {
            return add(column, DataTypes.DateType, false, ColumnRole.TIME);
        }

        /** A string dimension of a gold table, with {@code ALL} rows as totals. */
        public Builder dim(String column) {
            return add(column, DataTypes.StringType, false, ColumnRole.DIMENSION);
        }

        /** A count of persons or events. */
        public Builder count(String column) {
            return add(column, DataTypes.LongType, true, ColumnRole.COUNT);
        }

        /**
         * A count of persons that is the sum of other count columns of the same row (each person
         * falls in exactly one part, e.g. one status), so disclosure control treats the row as a
         * total and its parts as a line, like an {@code ALL} row.
         */
        public Builder countTotal(String column, String... parts) {
            if (parts.length < 2) {
                throw new IllegalArgumentException("total " + column + " needs at least two part columns");
            }
            return add(column, DataTypes.LongType, true, ColumnRole.COUNT, parts);
        }

        /** A count of locations, leads or rows: not about persons, so never suppressed. */
        public Builder recordCount(String column) {
            return add(column, DataTypes.LongType, true, ColumnRole.RECORD_COUNT);
        }

        /**
         * A statistic over the persons counted in the sum of the base count columns. With two or more
         * base columns it may be a share of one of them, so those are its inputs too.
         */
        public Builder stat(String column, String... baseCounts) {
            if (baseCounts.length == 0) {
                throw new IllegalArgumentException("statistic " + column + " needs a base count column");
            }
            add(column, DataTypes.DoubleType, true, ColumnRole.STATISTIC, baseCounts);
            return baseCounts.length > 1 ? computedFrom(baseCounts) : this;
        }

        /**
         * The count columns the statistic declared just before is calculated from (e.g. a rate's
         * numerator and denominator); replaces the inputs {@link #stat} took from a base of several counts.
         */
        public Builder computedFrom(String... counts) {
            TableColumn last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last == null || last.role() != ColumnRole.STATISTIC) {
                throw new IllegalArgumentException("computedFrom follows a statistic, in " + layer.folder() + "." + name);
            }
            columns.set(columns.size() - 1, new TableColumn(last.name(), last.type(), last.nullable(), last.role(),
                    last.base(), Arrays.asList(counts), last.unit(), last.description()));
            return this;
        }

        /** What the table holds, in a sentence or two for its readers (data guidance, Delta table comment). */
        public Builder about(String text) {
            this.description = text;
            return this;
        }

        /** A declared column's unit (e.g. {@code persons}, {@code days}, {@code %}) and meaning. */
        public Builder describe(String column, String unit, String text) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    columns.set(i, columns.get(i).described(unit, text));
                    return this;
                }
            }
            throw new IllegalArgumentException(layer.folder() + "." + name + " describes " + column
                    + ", which it does not declare");
        }

        /** The key columns; a table with time or dimension columns and no declared keys is keyed by those. */
        public Builder keys(String... columnNames) {
            this.keys = Arrays.asList(columnNames);
            return this;
        }

        public Builder partitionBy(String... columnNames) {
            this.partitionBy = Arrays.asList(columnNames);
            return this;
        }

        /**
         * Checks that a base names count columns (of persons or records) and that a statistic's inputs
         * name person counts: disclosure control hides a statistic with a hidden input, and only person
         * counts are ever hidden.
         */
        public TableDef build() {
            for (TableColumn c : columns) {
                for (String part : c.base()) {
                    requireColumn(c, part, ColumnRole.COUNT, ColumnRole.RECORD_COUNT);
                }
                for (String part : c.inputs()) {
                    requireColumn(c, part, ColumnRole.COUNT);
                }
            }
            List<String> key = keys.isEmpty() ? columns.stream()
                    .filter(c -> c.role() == ColumnRole.TIME || c.role() == ColumnRole.DIMENSION)
                    .map(TableColumn::name).toList()
                    : keys;
            return new TableDef(layer, name, columns, key, partitionBy, description);
        }

        private void requireColumn(TableColumn c, String part, ColumnRole... roles) {
            List<ColumnRole> allowed = Arrays.asList(roles);
            if (columns.stream().noneMatch(o -> o.name().equals(part) && allowed.contains(o.role()))) {
                throw new IllegalArgumentException(layer.folder() + "." + name + "." + c.name() + " refers to "
                        + part + ", which is not a " + (roles.length == 1 ? "person " : "") + "count column of the table");
            }
        }
    }
}
