package nl.opvangmonitor.jobs.metrics.calibrate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import nl.opvangmonitor.common.contract.Vocabulary;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * Reads the figures of the calibration table from the gold tables of a lake, and nothing else
 * (never silver, never the generator). Each table is read once, its national rows only (provincie
 * {@code ALL}), and the figures are taken from those few rows; each reading says where it was
 * read, and a figure gold does not hold reads as unavailable.
 */
public final class GoldFigures {
    private static final String ALL = GoldTables.ALL;
    private static final List<String> MINOR_BANDS = List.of("0-3", "4-11", "12-17");
    private static final List<String> EMERGENCY = List.of(Vocabulary.NOODOPVANG, Vocabulary.CRISISNOODOPVANG);
    /** The rows calibration needs per table: national totals only, which keeps every table small. */
    private static final Map<TableDef, Column> NATIONAL = Map.of(
            GoldTables.HEADLINE, lit(true),
            GoldTables.OCCUPANCY_MONTHLY, col("provincie").equalTo(ALL),
            GoldTables.EMERGENCY_STAY_MONTHLY, col("provincie").equalTo(ALL).and(col("amv").equalTo(ALL)),
            GoldTables.LOCATION_COMPLIANCE, lit(true),
            GoldTables.KSO_PIPELINE, col("provincie").equalTo(ALL));

    private final Lake lake;
    private final Map<TableDef, List<Row>> loaded = new HashMap<>();

    public GoldFigures(Lake lake) {
        this.lake = lake;
    }

    /** Whether the lake holds any of the gold tables calibration reads. */
    public boolean hasGold() {
        return NATIONAL.keySet().stream().anyMatch(lake::exists);
    }

    /** A column of the headline row of exactly {@code asOf}; unavailable without that row or with a null. */
    public GoldValue headline(String column, LocalDate asOf) {
        Double value = rows(GoldTables.HEADLINE).stream()
                .filter(r -> asOf.equals(date(r, "as_of")) && r.getAs(column) != null)
                .map(r -> number(r, column)).findFirst().orElse(null);
        return new GoldValue(value, "gold.headline." + column + " as_of " + asOf);
    }

    /** A column of the headline row of {@code asOf}, or of the latest row when {@code asOf} is null. */
    public GoldValue headlineAt(String column, LocalDate asOf) {
        Optional<LocalDate> date = asOf != null ? Optional.of(asOf) : latestAsOf(GoldTables.HEADLINE);
        return date.map(d -> headline(column, d))
                .orElse(new GoldValue(null, "gold.headline." + column + " (no rows)"));
    }

    /** Minors present at the month-end of {@code month} (age bands 0-3, 4-11, 12-17), provincie ALL. */
    public GoldValue occupancyMinors(YearMonth month, String category, String opvangvorm, String amv) {
        return cellSum(occupancyIn(month), r -> is(r, "category", category) && is(r, "opvangvorm", opvangvorm)
                        && is(r, "amv", amv) && MINOR_BANDS.contains(r.<String>getAs("age_band")), "persons",
                "gold.occupancy_monthly month_end in " + month + ", category " + category + ", opvangvorm "
                        + opvangvorm + ", amv " + amv + ", minors' age bands");
    }

    /** amv persons of 18+ at opvangvorm AMV at the month-end of {@code month} (the {@code 18+} row). */
    public GoldValue occupancyAmvAdultsInAmvReception(YearMonth month) {
        return cellSum(occupancyIn(month), r -> is(r, "category", ALL) && is(r, "opvangvorm", "AMV")
                        && is(r, "amv", ALL) && is(r, "age_band", "18+"), "persons",
                "gold.occupancy_monthly month_end in " + month + ", opvangvorm AMV, age_band 18+");
    }

    /** Mean length of the emergency spells of minors that ended in {@code year} in {@code category}. */
    public GoldValue meanEndedEmergencyDays(int year, String category) {
        List<Row> months = rows(GoldTables.EMERGENCY_STAY_MONTHLY).stream()
                .filter(r -> date(r, "month_end").getYear() == year && is(r, "category", category)
                        && number(r, "ended_spells") > 0 && r.getAs("mean_ended_days") != null)
                .toList();
        double spells = months.stream().mapToDouble(r -> number(r, "ended_spells")).sum();
        double days = months.stream().mapToDouble(r -> number(r, "ended_spells") * number(r, "mean_ended_days")).sum();
        return new GoldValue(months.isEmpty() ? null : days / spells, "gold.emergency_stay_monthly " + year
                + ", category " + category + ", mean_ended_days weighted by ended_spells");
    }

    /** Share (0..100) of the inventoried locations that are NOODOPVANG or CRISISNOODOPVANG. */
    public GoldValue emergencyLocationShare(LocalDate asOf) {
        return snapshot(GoldTables.LOCATION_COMPLIANCE, asOf, (rows, where) -> {
            GoldValue all = cellSum(rows, r -> is(r, "category", ALL), "locations", "");
            double emergency = rows.stream().filter(r -> EMERGENCY.contains(r.<String>getAs("category")))
                    .mapToDouble(r -> number(r, "locations")).sum();
            Double share = all.available() && all.value() > 0 ? emergency / all.value() * 100.0 : null;
            return new GoldValue(share, "gold.location_compliance " + where
                    + ", NOODOPVANG + CRISISNOODOPVANG locations / ALL");
        });
    }

    /** Inventoried locations of {@code category} with minors present on {@code asOf}. */
    public GoldValue locationsWithMinors(LocalDate asOf, String category) {
        return snapshot(GoldTables.LOCATION_COMPLIANCE, asOf, (rows, where) -> cellSum(rows,
                r -> is(r, "category", category), "locations_with_minors",
                "gold.location_compliance " + where + ", category " + category + ", locations_with_minors"));
    }

    /** Leads of the given statuses on {@code asOf} (all provinces and reasons). */
    public GoldValue ksoLeads(LocalDate asOf, List<String> statuses) {
        return snapshot(GoldTables.KSO_PIPELINE, asOf, (rows, where) -> cellSum(rows,
                r -> statuses.contains(r.<String>getAs("status")) && is(r, "afwijsreden", ALL), "leads", "gold.kso_pipeline " + where + ", leads with status " + String.join(" or ", statuses)));
    }

    /** AFGEWEZEN / ON_HOLD leads since 2024 on {@code asOf}, for one afwijsreden or {@code ALL}. */
    public GoldValue ksoRejected(LocalDate asOf, String reason) {
        return snapshot(GoldTables.KSO_PIPELINE, asOf, (rows, where) -> cellSum(rows,
                r -> is(r, "status", ALL) && is(r, "afwijsreden", reason), "rejected_since_2024", "gold.kso_pipeline " + where + ", rejected_since_2024, afwijsreden " + reason));
    }

    /** Reads a table that holds one as_of per run: at {@code asOf} if it holds it, else at its latest. */
    private GoldValue snapshot(TableDef table, LocalDate asOf, BiFunction<List<Row>, String, GoldValue> reading) {
        Optional<LocalDate> latest = latestAsOf(table);
        if (latest.isEmpty()) {
            return new GoldValue(null, table.qualifiedName() + " (no rows)");
        }
        boolean exact = asOf != null && rows(table).stream().anyMatch(r -> asOf.equals(date(r, "as_of")));
        LocalDate used = exact ? asOf : latest.get();
        String where = "as_of " + used + (asOf == null || exact ? "" : " (holds no " + asOf + ")");
        return reading.apply(rows(table).stream().filter(r -> used.equals(date(r, "as_of"))).toList(), where);
    }

    private List<Row> occupancyIn(YearMonth month) {
        return rows(GoldTables.OCCUPANCY_MONTHLY).stream()
                .filter(r -> YearMonth.from(date(r, "month_end")).equals(month)).toList();
    }

    private Optional<LocalDate> latestAsOf(TableDef table) {
        return rows(table).stream().map(r -> date(r, "as_of")).max(Comparator.naturalOrder());
    }

    /** The table's national rows, read once. */
    private List<Row> rows(TableDef table) {
        return loaded.computeIfAbsent(table, t -> lake.read(t).where(NATIONAL.get(t)).collectAsList());
    }

    /**
     * The sum of a count column over the cells of {@code scope} (one date's rows) that match: 0
     * when the date is there but no cell matches (gold writes no rows for empty cells),
     * unavailable when gold holds no rows for the date at all.
     */
    private static GoldValue cellSum(List<Row> scope, Predicate<Row> cell, String column, String readFrom) {
        Double total = scope.isEmpty() ? null : scope.stream().filter(cell).filter(r -> r.getAs(column) != null)
                .mapToDouble(r -> number(r, column)).sum();
        return new GoldValue(total, readFrom);
    }

    private static boolean is(Row r, String column, String value) {
        return value.equals(r.getAs(column));
    }

    private static double number(Row r, String column) {
        return r.<Number>getAs(column).doubleValue();
    }

    private static LocalDate date(Row r, String column) {
        return r.<java.sql.Date>getAs(column).toLocalDate();
    }
}
