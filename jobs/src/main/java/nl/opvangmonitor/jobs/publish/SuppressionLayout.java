package nl.opvangmonitor.jobs.publish;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.opvangmonitor.common.tables.SubCounts;
import org.apache.spark.sql.types.StructType;

/**
 * Where suppression finds things in a gold row: the time, dimension and count columns by position,
 * the row totals as count indices, per count the columns whose sum bounds it from above ({@code atMost})
 * and the columns that are never larger ({@code atLeast}) by position ({@link SubCounts}), per count and
 * dimension whether it counts distinct persons along it, per count the counts it moves in lockstep with
 * ({@link #lockstep}), per person statistic the counts it is computed over ({@link #statisticBases}: its base,
 * {@link #statisticCounts}: base and inputs), and k. Serializable, so it travels to the executors with the
 * per-time-value work (a {@code TableDef} does not).
 */
record SuppressionLayout(int[] timeAt, String[] dimensions, int[] dimensionAt, String[] counts, int[] countAt,
                         int[] rowTotals, int[][] rowTotalParts, int[][][] atMost, int[][] atLeast,
                         boolean[][] distinctAlong, int[][] lockstep, int[][] boundAndTotal,
                         int[][] boundSiblings, int[][] statisticBases, int[][] statisticCounts, int k)
        implements Serializable {

    /**
     * The layout of a table of the given shape whose rows have the given schema. A count may take
     * part in one row total only (as total or part), so that the count columns are one more axis.
     */
    static SuppressionLayout of(TableShape shape, StructType schema, int k) {
        List<String> counts = shape.counts();
        Map<String, List<String>> totals = shape.rowTotals();
        Set<String> inATotal = new HashSet<>();
        totals.forEach((total, parts) -> Stream.concat(Stream.of(total), parts.stream()).forEach(c -> {
            if (!inATotal.add(c)) {
                throw new IllegalArgumentException(shape.table().qualifiedName() + "." + c
                        + " takes part in two row totals, which disclosure control does not support");
            }
        }));
        List<SubCounts.SubCount> bounds = SubCounts.of(shape.table());
        int[][][] atMost = counts.stream().map(c -> bounds.stream().filter(b -> b.small().equals(c))
                .map(b -> b.large().stream().mapToInt(schema::fieldIndex).toArray()).toArray(int[][]::new))
                .toArray(int[][][]::new);
        int[][] atLeast = counts.stream().map(c -> bounds.stream().filter(b -> b.large().equals(List.of(c)))
                .mapToInt(b -> schema.fieldIndex(b.small())).toArray()).toArray(int[][]::new);
        Map<String, List<String>> distinct = SubCounts.distinct().getOrDefault(shape.table(), Map.of());
        boolean[][] distinctAlong = new boolean[counts.size()][shape.dimensions().size()];
        for (int c = 0; c < counts.size(); c++) {
            for (int d = 0; d < shape.dimensions().size(); d++) {
                distinctAlong[c][d] = distinct.getOrDefault(counts.get(c), List.of()).contains(shape.dimensions().get(d));
            }
        }
        return new SuppressionLayout(
                shape.times().stream().mapToInt(schema::fieldIndex).toArray(),
                shape.dimensions().toArray(String[]::new),
                shape.dimensions().stream().mapToInt(schema::fieldIndex).toArray(),
                counts.toArray(String[]::new),
                counts.stream().mapToInt(schema::fieldIndex).toArray(),
                totals.keySet().stream().mapToInt(counts::indexOf).toArray(),
                totals.values().stream().map(parts -> parts.stream().mapToInt(counts::indexOf).toArray())
                        .toArray(int[][]::new),
                atMost, atLeast, distinctAlong, lockstep(counts, bounds, inATotal),
                boundAndTotal(counts, bounds, totals), boundSiblings(counts, bounds, totals),
                shape.personStatistics().stream().map(s -> s.base().stream().mapToInt(counts::indexOf).toArray())
                        .toArray(int[][]::new),
                shape.personStatistics().stream().map(s -> s.computedOver().stream().mapToInt(counts::indexOf)
                        .filter(c -> c >= 0).toArray()).toArray(int[][]::new), k);
    }

    /**
     * Per count with a last resort ({@link #boundAndTotal}): the other parts of the bound's row total
     * ({@code enrolled_late}, {@code overdue}, ... beside {@code enrolled_in_time}). One of them may fall where the
     * bound rises, instead of the total rising with it, which keeps the row's sum and leaves the total, and the totals
     * above it, where they are. Empty for every other count.
     */
    private static int[][] boundSiblings(List<String> counts, List<SubCounts.SubCount> bounds,
                                         Map<String, List<String>> totals) {
        return Stream.of(boundAndTotal(counts, bounds, totals)).map(bt -> bt.length == 0 ? new int[0]
                : totals.get(counts.get(bt[1])).stream().mapToInt(counts::indexOf).filter(c -> c != bt[0]).toArray())
                .toArray(int[][]::new);
    }

    /**
     * Per count bounded by a single count that is part of a row total ({@code interrupted_external <= interrupted},
     * {@code within_42_days <= enrolled_in_time}): that count and the row total, which a hypercube may move with it
     * as a last resort (the part and its total by the same amount keep the row's sum). Where the two are equal in
     * gold the bound pins the small count otherwise; empty for every other count.
     */
    private static int[][] boundAndTotal(List<String> counts, List<SubCounts.SubCount> bounds,
                                         Map<String, List<String>> totals) {
        return counts.stream().map(c -> bounds.stream()
                .filter(b -> b.small().equals(c) && b.large().size() == 1 && counts.contains(b.large().get(0)))
                .flatMap(b -> totals.entrySet().stream().filter(t -> t.getValue().contains(b.large().get(0)))
                        .map(t -> new int[] {counts.indexOf(b.large().get(0)), counts.indexOf(t.getKey())}))
                .findFirst().orElse(new int[0])).toArray(int[][]::new);
    }

    /**
     * Per count, the other counts of its lockstep group: the counts joined to it, directly or in a chain, by
     * bounds {@code small <= large} with a single large column (children_moved with moves), none of them in a row
     * total. A hypercube may move counts of a group by the same amount in every corner row, which keeps the
     * bounds among them, so a hidden count whose bound equals it is not pinned by that bound. Counts in a row
     * total are left out: moving one would break the row's sum (joining its total as well was tried: it hid the
     * national rows of school_access and care_continuity at national scale, which leaked nothing without it).
     */
    private static int[][] lockstep(List<String> counts, List<SubCounts.SubCount> bounds, Set<String> inATotal) {
        int[] group = IntStream.range(0, counts.size()).toArray();
        for (SubCounts.SubCount b : bounds) {
            String large = b.large().size() == 1 ? b.large().get(0) : null;
            if (large != null && counts.contains(b.small()) && counts.contains(large)
                    && !inATotal.contains(b.small()) && !inATotal.contains(large)) {
                int from = group[counts.indexOf(b.small())];
                int to = group[counts.indexOf(large)];
                for (int c = 0; c < group.length; c++) {
                    group[c] = group[c] == from ? to : group[c];
                }
            }
        }
        return IntStream.range(0, counts.size()).mapToObj(c -> IntStream.range(0, counts.size())
                .filter(o -> o != c && group[o] == group[c]).toArray()).toArray(int[][]::new);
    }
}
