package nl.opvangmonitor.jobs.testing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.opvangmonitor.common.tables.ColumnRole;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;

/**
 * Random gold-shaped tables for any gold declaration, with exact {@code ALL} totals: random persons
 * (skewed over dimension values, so many cells are small) are aggregated into every combination of
 * {@code ALL}/real value over the dimensions, as the metric jobs do with grouping sets. Each person
 * falls in exactly one part of each declared row total. Same seed, same table.
 */
public final class GoldTableGenerator {
    private GoldTableGenerator() {
    }

    /** A table of {@code persons} random persons over {@code months} time values. */
    public static Dataset<Row> generate(TableDef table, int persons, int months, long seed) {
        return SharedSpark.spark().createDataFrame(rows(table, persons, months, seed), table.schema());
    }

    /** The rows of {@link #generate}, for tests that need them on the driver. */
    public static List<Row> rows(TableDef table, int persons, int months, long seed) {
        Random random = new Random(seed);
        List<String> dims = table.columnsWithRole(ColumnRole.DIMENSION);
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        dims.forEach(d -> vocabulary.put(d, 2 + random.nextInt(3)));
        List<String> counted = new ArrayList<>(table.columnsWithRole(ColumnRole.COUNT));
        counted.addAll(table.columnsWithRole(ColumnRole.RECORD_COUNT));
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (int p = 0; p < persons; p++) {
            LocalDate month = LocalDate.of(2026, 1, 31).plusMonths(random.nextInt(months));
            List<String> values = dims.stream().map(d -> d + "_" + skewed(random, vocabulary.get(d))).toList();
            long[] contribution = contribution(table, counted, random);
            for (int mask = 0; mask < (1 << dims.size()); mask++) {
                List<Object> key = new ArrayList<>();
                key.add(month);
                for (int i = 0; i < dims.size(); i++) {
                    key.add((mask & (1 << i)) != 0 ? GoldTables.ALL : values.get(i));
                }
                long[] sum = sums.computeIfAbsent(key, k -> new long[counted.size()]);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += contribution[i];
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(row(table, key, counted, sum, random)));
        return rows;
    }

    /** A value index 0..n-1, each one about half as likely as the one before. */
    private static int skewed(Random random, int n) {
        int i = 0;
        while (i < n - 1 && random.nextBoolean()) {
            i++;
        }
        return i;
    }

    private static long[] contribution(TableDef table, List<String> counted, Random random) {
        long[] c = new long[counted.size()];
        List<String> parts = new ArrayList<>();
        for (TableColumn col : table.columns()) {
            if (col.role() == ColumnRole.COUNT && !col.base().isEmpty()) {
                c[counted.indexOf(col.name())] = 1;
                String part = col.base().get(skewed(random, col.base().size()));
                c[counted.indexOf(part)] = 1;
                parts.addAll(col.base());
            }
        }
        for (int i = 0; i < c.length; i++) {
            boolean free = !parts.contains(counted.get(i)) && table.column(counted.get(i)).base().isEmpty();
            if (free) {
                c[i] = random.nextInt(4) == 0 ? 1 : 0;
            }
        }
        return c;
    }

    private static Row row(TableDef table, List<Object> key, List<String> counted, long[] sum, Random random) {
        List<String> time = table.columnsWithRole(ColumnRole.TIME);
        List<String> dims = table.columnsWithRole(ColumnRole.DIMENSION);
        Object[] values = new Object[table.columns().size()];
        for (int i = 0; i < values.length; i++) {
            TableColumn c = table.columns().get(i);
            values[i] = switch (c.role()) {
                case TIME -> Date.valueOf((LocalDate) key.get(time.indexOf(c.name())));
                case DIMENSION -> key.get(1 + dims.indexOf(c.name()));
                case COUNT, RECORD_COUNT -> sum[counted.indexOf(c.name())];
                case STATISTIC -> c.base().stream().mapToLong(b -> sum[counted.indexOf(b)]).sum() == 0
                        ? null : Math.round(random.nextDouble() * 1000) / 10.0;
                case PLAIN -> plain(c, (LocalDate) key.get(0));
            };
        }
        return RowFactory.create(values);
    }

    private static Object plain(TableColumn c, LocalDate month) {
        if (c.type().equals(DataTypes.BooleanType)) {
            return true;
        }
        if (c.type().equals(DataTypes.DateType)) {
            return Date.valueOf(month);
        }
        return "generated";
    }
}
