package nl.opvangmonitor.jobs.metrics;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.testing.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Builders for hand-written silver tables in metric tests: a few lines per person or stay, every
 * other column filled with a harmless default, in the declared schema.
 */
public final class MetricFixtures {
    private MetricFixtures() {
    }

    /** A location: code, opvangvorm, gemeentecode, provincie (category derived as in conform). */
    public static Row location(String code, String opvangvorm, String gemeentecode, String provincie) {
        return row(code, "Locatie " + code, gemeentecode, "Gemeente " + gemeentecode, provincie, opvangvorm,
                nl.opvangmonitor.common.contract.Vocabulary.categoryOf(opvangvorm), 100, d("2020-01-01"), null,
                d("2024-01-31"));
    }

    public static Dataset<Row> locations(Row... rows) {
        return SharedSpark.spark().createDataFrame(List.of(rows), SilverTables.LOCATIONS.schema());
    }

    /** A person: pseudonym, bsn pseudonym (null = unlinked), birth month, amv, application date. */
    public static Row person(String childId, String bsnId, String birthMonth, boolean amv, String applicationDate) {
        return row(childId, bsnId, d(birthMonth), amv, null, d(applicationDate), d("2024-01-31"));
    }

    public static Dataset<Row> persons(Row... rows) {
        return SharedSpark.spark().createDataFrame(List.of(rows), SilverTables.PERSONS.schema());
    }

    /** A stay; {@code end} null for an open stay. */
    public static Row stay(String childId, String location, String start, String end) {
        return row(childId, location, d(start), end == null ? null : d(end), d("2024-01-31"));
    }

    public static Dataset<Row> stays(Row... rows) {
        return SharedSpark.spark().createDataFrame(List.of(rows), SilverTables.STAYS.schema());
    }

    /** A relocation on {@code date} from one location to another. */
    public static Row relocation(String childId, String date, String from, String to, String reason) {
        return row(childId, d(date), from, to, reason, d("2024-01-31"));
    }

    public static Dataset<Row> relocations(Row... rows) {
        return SharedSpark.spark().createDataFrame(List.of(rows), SilverTables.RELOCATIONS.schema());
    }

    /** A school registration of a linked pupil (pupil_id = bsn_id). */
    public static Row enrolment(String bsnId, String gemeentecode, String soort, String applied, String start,
                                String end, String endReason) {
        return row(bsnId, bsnId, "12AB", gemeentecode, soort, applied == null ? null : d(applied), d(start),
                end == null ? null : d(end), endReason, d("2024-01-31"));
    }

    public static Dataset<Row> enrolments(Row... rows) {
        return SharedSpark.spark().createDataFrame(List.of(rows), SilverTables.ENROLMENTS.schema());
    }

    /** A youth-care trajectory. */
    public static Row trajectory(String bsnId, String gemeentecode, String soort, String start, String end,
                                 String endReason) {
        return row(bsnId, gemeentecode, "P01", soort, d(start), end == null ? null : d(end), endReason,
                d("2024-01-31"));
    }

    public static Dataset<Row> trajectories(Row... rows) {
        return SharedSpark.spark().createDataFrame(List.of(rows), SilverTables.CARE_TRAJECTORIES.schema());
    }

    /** Rows of a frame as lists of strings, sorted, for compact assertions. */
    public static List<String> lines(Dataset<Row> frame, String... columns) {
        List<String> out = new ArrayList<>();
        for (Row r : frame.selectExpr(columns).collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.length(); i++) {
                cells.add(String.valueOf(r.get(i)));
            }
            out.add(String.join(" ", cells));
        }
        out.sort(null);
        return out;
    }

    /** A date helper re-exported for static import in tests. */
    public static LocalDate date(String iso) {
        return d(iso);
    }
}
