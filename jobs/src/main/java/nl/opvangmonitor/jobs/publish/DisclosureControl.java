package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.LinkedFigure;
import nl.opvangmonitor.common.tables.LinkedFigures;
import nl.opvangmonitor.common.tables.OpsTables;
import nl.opvangmonitor.common.tables.PublishTables;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.publish.HiddenCell.Reason;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Gold to publish (privacy.md, "Disclosure control on publish tables") for a whole publication: per
 * table and time value, primary suppression and protecting hypercubes ({@link SuppressionFixpoint}),
 * where a linked figure ({@link LinkedFigures}) is hidden when its source table hides it and is never a
 * complement when its source publishes it; statistics hidden over a
 * hidden count or fewer than k persons. A hidden cell becomes null and is named in the row's
 * {@code hidden_columns}; why is kept apart, for the log. Tables are published sources first, so one
 * instance holds what the linked tables need.
 *
 * <p>It works on the driver: gold tables are aggregates, bounded by their dimension values times their
 * months (the national lake's largest has 56,000 rows), and one time value's cells form one problem.
 */
public final class DisclosureControl {
    private final int k;
    private final List<LinkedFigure> figures;
    private final LinkedCells linked = new LinkedCells();

    /**
     * One table's publication: the publish rows, the hidden cells with their reasons (rows of
     * {@code ops.disclosure_log}), the number of rows and of rows with a hidden cell, the passes of the
     * slowest time value and the complements.
     */
    public record Published(Dataset<Row> rows, List<Row> log, long rowCount, long suppressedRows, int passes,
                            long complements) {
    }

    /**
     * Disclosure control with threshold k for the tables published through this instance, which keeps
     * the given linked figures consistent with their sources.
     */
    public DisclosureControl(int k, List<LinkedFigure> figures) {
        if (k < 2) {
            throw new IllegalArgumentException("the threshold k must be at least 2, got " + k);
        }
        this.k = k;
        this.figures = List.copyOf(figures);
    }

    /** Disclosure control of the lake's publication: every declared linked figure ({@link LinkedFigures#all()}). */
    public DisclosureControl(int k) {
        this(k, LinkedFigures.all());
    }

    /** Applies disclosure control with threshold k to one gold table on its own. */
    public static Published publish(Dataset<Row> gold, TableDef table, int k) {
        return new DisclosureControl(k).publish(table, gold);
    }

    /**
     * Before the tables a linked figure of {@code table} comes from are published: notes how far each of
     * their cells can move before the figure crosses a bound of its own table ({@link nl.opvangmonitor.common.tables.SubCounts}, e.g.
     * {@code children_at_month_end <= children_present}), so their hypercubes stay wide within it; and which of
     * their cells make up a figure in the national row of {@code table} or the headline: hiding one hides that
     * national figure, so it weighs more ({@link Hypercube#NATIONAL_BY_LINK}; privacy.md, "Information loss").
     */
    public void bound(TableDef table, Dataset<Row> gold) {
        StructType schema = gold.schema();
        SuppressionLayout layout = SuppressionLayout.of(new TableShape(table), schema, k);
        for (LinkedFigure figure : figures.stream().filter(f -> f.table().equals(table)).toList()) {
            int c = List.of(layout.counts()).indexOf(figure.column());
            for (Row row : gold.collectAsList()) {
                Map<String, String> dimensions = dimensions(row, layout);
                Object own = row.get(schema.fieldIndex(figure.column()));
                if (own == null || !figure.covers(dimensions)) {
                    continue;
                }
                if (dimensions.values().stream().allMatch(GoldTables.ALL::equals)) {
                    String month = time(row, layout).substring(0, 7);
                    figure.sourceCells(dimensions).forEach(source ->
                            linked.nationalSource(figure.source(), month, figure.sourceColumn(), source));
                }
                long value = ((Number) own).longValue();
                long floor = CellGrid.floor(row, layout.atLeast()[c]);
                long ceiling = CellGrid.ceiling(row, layout.atMost()[c]);
                if (floor == 0 && ceiling == Long.MAX_VALUE) {
                    continue;
                }
                String month = time(row, layout).substring(0, 7);
                for (Map<String, String> source : figure.sourceCells(dimensions)) {
                    linked.limit(figure.source(), month, figure.sourceColumn(), source, value - floor,
                            ceiling == Long.MAX_VALUE ? Long.MAX_VALUE : ceiling - value);
                }
            }
        }
    }

    /** Applies disclosure control to a gold table, after the tables its linked figures come from. */
    public Published publish(TableDef table, Dataset<Row> gold) {
        List<LinkedFigure> figures = this.figures.stream().filter(f -> f.table().equals(table)).filter(linked::knows).toList();
        TableShape shape = new TableShape(table);
        StructType schema = gold.schema();
        List<Row> rows = new ArrayList<>(gold.collectAsList());
        SuppressionLayout layout = SuppressionLayout.of(shape, schema, k);
        rows.sort(byTimeAndDimensions(layout));
        HiddenCell[][] why = new HiddenCell[rows.size()][schema.size()];
        int passes = suppressCounts(table, rows, layout, figures, why);
        hideStatistics(rows, shape, schema, why);
        remember(table, rows, layout, schema, why);
        return result(table, gold, rows, layout, why, passes);
    }

    /**
     * Primary and secondary suppression per time value, in parallel, with the cells of linked figures
     * marked by their sources; returns the passes of the slowest time value.
     */
    private int suppressCounts(TableDef table, List<Row> rows, SuppressionLayout layout, List<LinkedFigure> figures,
                              HiddenCell[][] why) {
        if (layout.counts().length == 0) {
            return 0;
        }
        List<int[]> groups = new ArrayList<>(IntStream.range(0, rows.size()).boxed()
                .collect(Collectors.groupingBy(r -> time(rows.get(r), layout), TreeMap::new,
                        Collectors.mapping(r -> r, Collectors.toList())))
                .values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList());
        return groups.parallelStream().mapToInt(group -> {
            CellGrid grid = new CellGrid(IntStream.of(group).mapToObj(rows::get).toList(), layout);
            markLinks(grid, group, rows, layout, figures);
            limitByLinkedBounds(table, grid, group, rows, layout);
            SuppressionFixpoint result = SuppressionFixpoint.run(grid, k);
            int n = layout.counts().length;
            rememberSourceSuppression(table, group, rows, layout, result);
            for (int i = 0; i < group.length; i++) {
                for (int c = 0; c < n; c++) {
                    HiddenCell cell = result.why(i * n + c);
                    int p = result.protects(i * n + c);
                    why[group[i]][layout.countAt()[c]] = p < 0 ? cell
                            : cell.protecting(cellName(rows.get(group[p / n]), layout, p % n));
                }
            }
            return result.passes();
        }).max().orElse(0);
    }

    /** For a table that linked figures come from: its suppression of one time value, for {@link #hiddenForLink}. */
    private void rememberSourceSuppression(TableDef table, int[] group, List<Row> rows, SuppressionLayout layout,
                                           SuppressionFixpoint result) {
        if (figures.stream().noneMatch(f -> f.source().equals(table))) {
            return;
        }
        String time = time(rows.get(group[0]), layout);
        int n = layout.counts().length;
        Map<String, Integer> cells = new java.util.HashMap<>();
        for (int i = 0; i < group.length; i++) {
            for (int c = 0; c < n; c++) {
                cells.put(LinkedCells.key(table, time, layout.counts()[c], dimensions(rows.get(group[i]), layout)),
                        i * n + c);
            }
        }
        linked.suppressed(table, time, result, cells);
    }

    /**
     * Whether a linked cell is hidden: every way of writing it from its source has a hidden cell
     * ({@link LinkedCells#sourceHidden}), unless it is at least k, its table does not break it down further, and no
     * pattern of its source moves it ({@link LinkedCells#sumKept}), so that hiding it would protect nothing.
     */
    private boolean hiddenForLink(LinkedFigure figure, CellGrid grid, int cell, String time,
                                  Map<String, String> dimensions) {
        return linked.sourceHidden(figure, time, dimensions) && (figure.brokenDownFurther() || !grid.known(cell)
                || grid.value(cell) < k || !linked.sumKept(figure, time, dimensions));
    }

    /** Marks each cell of a linked figure by whether it is hidden for its source ({@link #hiddenForLink}). */
    private void markLinks(CellGrid grid, int[] group, List<Row> rows, SuppressionLayout layout, List<LinkedFigure> figures) {
        List<String> counts = List.of(layout.counts());
        for (LinkedFigure figure : figures) {
            int c = counts.indexOf(figure.column());
            for (int i = 0; i < group.length; i++) {
                Row row = rows.get(group[i]);
                Map<String, String> dimensions = dimensions(row, layout);
                int cell = i * counts.size() + c;
                if (figure.covers(dimensions)) {
                    boolean hidden = hiddenForLink(figure, grid, cell, time(row, layout), dimensions);
                    grid.link(cell, hidden);
                    if (hidden && figure.brokenDownFurther()) {
                        grid.hold(cell);
                    }
                }
            }
        }
    }

    /**
     * Narrows each cell's room by the bounds of the linked figures it is part of, and marks a source cell of a
     * linked figure in its table's national row (or the headline), which weighs more ({@link #bound}).
     */
    private void limitByLinkedBounds(TableDef table, CellGrid grid, int[] group, List<Row> rows, SuppressionLayout layout) {
        for (int i = 0; i < group.length; i++) {
            Row row = rows.get(group[i]);
            String time = time(row, layout);
            Map<String, String> dimensions = dimensions(row, layout);
            for (int c = 0; c < layout.counts().length; c++) {
                long[] room = linked.room(table, time, layout.counts()[c], dimensions);
                if (room != null) {
                    grid.limit(i * layout.counts().length + c, room[0], room[1]);
                }
                if (linked.isNationalSource(table, time, layout.counts()[c], dimensions)) {
                    grid.markNational(i * layout.counts().length + c);
                }
            }
        }
    }

    /**
     * A statistic is hidden when one of the counts it is computed over (its base and inputs) is hidden,
     * for whatever reason, or when it is computed over 1..k-1 persons (privacy.md, "Statistics").
     */
    private void hideStatistics(List<Row> rows, TableShape shape, StructType schema, HiddenCell[][] why) {
        for (TableColumn statistic : shape.personStatistics()) {
            int at = schema.fieldIndex(statistic.name());
            List<Integer> over = statistic.computedOver().stream().map(schema::fieldIndex).toList();
            for (int r = 0; r < rows.size(); r++) {
                long base = 0;
                for (String b : statistic.base()) {
                    Object v = rows.get(r).get(schema.fieldIndex(b));
                    base += v == null ? 0 : ((Number) v).longValue();
                }
                final int row = r;
                if (PrimarySuppression.belowThreshold(base, k) || over.stream().anyMatch(c -> why[row][c] != null)) {
                    why[r][at] = new HiddenCell(Reason.STATISTIC, 0);
                }
            }
        }
    }

    /** Records the table's time values and hidden count cells for the linked figures of later tables. */
    private void remember(TableDef table, List<Row> rows, SuppressionLayout layout, StructType schema,
                          HiddenCell[][] why) {
        Set<String> counts = Set.copyOf(table.columnsWithRole(nl.opvangmonitor.common.tables.ColumnRole.COUNT));
        for (int r = 0; r < rows.size(); r++) {
            String time = time(rows.get(r), layout);
            linked.time(table, time);
            linked.row(table, dimensions(rows.get(r), layout));
            for (String count : counts) {
                if (why[r][schema.fieldIndex(count)] != null) {
                    linked.hide(table, time, count, dimensions(rows.get(r), layout));
                }
            }
        }
    }

    private Published result(TableDef table, Dataset<Row> gold, List<Row> rows, SuppressionLayout layout,
                             HiddenCell[][] why, int passes) {
        StructType schema = gold.schema();
        List<Row> out = new ArrayList<>(rows.size());
        List<Row> log = new ArrayList<>();
        long suppressedRows = 0;
        long complements = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Object[] values = new Object[schema.size() + 2];
            List<String> hidden = new ArrayList<>();
            for (int c = 0; c < schema.size(); c++) {
                HiddenCell cell = why[r][c];
                values[c] = cell == null ? row.get(c) : null;
                if (cell != null) {
                    hidden.add(schema.fields()[c].name());
                    log.add(RowFactory.create(table.name(), row.get(layout.timeAt()[0]),
                            dimensionText(row, layout), schema.fields()[c].name(), cell.reason().logName(), cell.pass(),
                            cell.protects()));
                    complements += cell.reason() == Reason.COMPLEMENT ? 1 : 0;
                }
            }
            values[schema.size()] = !hidden.isEmpty();
            values[schema.size() + 1] = hidden;
            suppressedRows += hidden.isEmpty() ? 0 : 1;
            out.add(RowFactory.create(values));
        }
        StructType publishSchema = schema.add(PublishTables.SUPPRESSED, org.apache.spark.sql.types.DataTypes.BooleanType, false)
                .add(PublishTables.HIDDEN_COLUMNS, PublishTables.of(table).column(PublishTables.HIDDEN_COLUMNS).type(), false);
        Dataset<Row> frame = gold.sparkSession().createDataFrame(out, publishSchema);
        return new Published(Lake.asDeclared(frame, PublishTables.of(table)), log, rows.size(), suppressedRows, passes,
                complements);
    }

    /** The log rows of a publication as a frame of {@code ops.disclosure_log}. */
    public static Dataset<Row> logFrame(org.apache.spark.sql.SparkSession spark, List<Row> log) {
        return Lake.asDeclared(spark.createDataFrame(log, OpsTables.DISCLOSURE_LOG.schema()), OpsTables.DISCLOSURE_LOG);
    }

    /** A fixed order (time, then dimension values), so the result does not depend on how gold was read. */
    private static Comparator<Row> byTimeAndDimensions(SuppressionLayout layout) {
        Comparator<Row> order = Comparator.comparing(r -> time(r, layout));
        for (int at : layout.dimensionAt()) {
            order = order.thenComparing(r -> r.getString(at));
        }
        return order;
    }

    /** A count cell as the log names it: its row's dimensions and the column, such as {@code category=A persons}. */
    private static String cellName(Row row, SuppressionLayout layout, int count) {
        return dimensionText(row, layout) + " " + layout.counts()[count];
    }

    private static String time(Row row, SuppressionLayout layout) {
        StringBuilder key = new StringBuilder();
        for (int at : layout.timeAt()) {
            key.append(key.length() == 0 ? "" : "|").append(row.get(at));
        }
        return key.toString();
    }

    private static Map<String, String> dimensions(Row row, SuppressionLayout layout) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int d = 0; d < layout.dimensions().length; d++) {
            values.put(layout.dimensions()[d], row.getString(layout.dimensionAt()[d]));
        }
        return values;
    }

    private static String dimensionText(Row row, SuppressionLayout layout) {
        return dimensions(row, layout).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }
}
