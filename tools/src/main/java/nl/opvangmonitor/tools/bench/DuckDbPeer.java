package nl.opvangmonitor.tools.bench;

import static nl.opvangmonitor.tools.bench.DuckDbSession.identifier;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.dates.Dates;
import nl.opvangmonitor.common.tables.GoldTables;
import nl.opvangmonitor.common.tables.TableColumn;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.jobs.runtime.Console;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The benchmark's peer: gold.school_access and gold.relocation_rate_monthly computed by DuckDB
 * in-process straight from the raw CSVs of a landing zone, with SQL written from metrics.md and no
 * Spark. It rejects what ingest would quarantine, takes the latest version per key, derives the
 * persons and computes both tables with their ALL rows, so its numbers must equal the Spark gold
 * tables: any difference is a bug in one of the two.
 */
public final class DuckDbPeer {
    private static final String JOB = "duckdb";
    /** The sources the two tables are computed from, locations first (the others refer to them). */
    private static final List<RawSource> SOURCES = List.of(RawSource.COA_LOCATIES, RawSource.COA_BEWONING,
            RawSource.COA_VERHUISBEWEGINGEN, RawSource.DUO_INSCHRIJVINGEN);
    private static final List<String> SCRIPTS = List.of("macros", "current", "segments", "school_access",
            "relocation_rate_monthly");

    private DuckDbPeer() {
    }

    /**
     * Computes both tables from the landing zone {@code rawRoot} on {@code asOf}, or on the latest
     * delivery date when it is null (metrics.md, as_of); progress goes to stderr.
     */
    public static PeerResult compute(Path rawRoot, LocalDate asOf) {
        LandingZone zone = LandingZone.scan(rawRoot);
        LocalDate usedAsOf = asOf != null ? asOf : zone.lastDelivery();
        LocalDate firstMonth = zone.firstDelivery().withDayOfMonth(1);
        if (firstMonth.isAfter(usedAsOf)) {
            throw new JobFailure("as_of " + usedAsOf + " lies before the first reporting month " + firstMonth);
        }
        Console.progress(JOB, "opening DuckDB, as_of " + usedAsOf + ", months from " + firstMonth);
        try (DuckDbSession db = DuckDbSession.open()) {
            db.setVariable("as_of", usedAsOf);
            db.setVariable("first_month", firstMonth);
            db.setVariable("pact_start", Dates.MIGRATION_PACT_START);
            Map<RawSource, Long> read = new EnumMap<>(RawSource.class);
            List<RejectedRows> rejections = loadAndCheck(db, zone, read);
            db.execute("CREATE TABLE location_categories AS SELECT * FROM (VALUES " + ContractSql.categoryValues()
                    + ") t(opvangvorm, category)");
            for (String script : SCRIPTS) {
                SqlScript.run(db, script);
                Console.progress(JOB, script + " done" + cpuSeconds());
            }
            return new PeerResult(usedAsOf, firstMonth, table(db, GoldTables.SCHOOL_ACCESS, "gold_school_access"),
                    table(db, GoldTables.RELOCATION_RATE_MONTHLY, "gold_relocation_rate_monthly"), read, rejections);
        }
    }

    /** Loads and checks each source; fills the records read per source and returns the rejections, sorted. */
    private static List<RejectedRows> loadAndCheck(DuckDbSession db, LandingZone zone, Map<RawSource, Long> read) {
        RawLoader loader = new RawLoader(db);
        RecordChecks checks = new RecordChecks(db);
        List<RejectedRows> rejections = new ArrayList<>();
        for (RawSource source : SOURCES) {
            read.put(source, loader.load(source, zone.files(source)));
            checks.check(source);
            rejections.addAll(checks.rejections(source));
        }
        for (RejectedRows malformed : loader.malformedRows()) {
            rejections.add(malformed);
            read.merge(malformed.source(), malformed.rows(), Long::sum);
        }
        rejections.sort(Comparator.comparing(RejectedRows::source).thenComparing(RejectedRows::delivery)
                .thenComparing(RejectedRows::reason));
        for (RawSource source : SOURCES) {
            long rejected = rejections.stream().filter(r -> r.source() == source)
                    .collect(Collectors.summingLong(RejectedRows::rows));
            Console.progress(JOB, source.folder() + ": " + Console.count(read.get(source)) + " records read, "
                    + Console.count(rejected) + " rejections" + cpuSeconds());
        }
        return rejections;
    }

    /** The CPU time of this process so far, all threads (DuckDB's too): on a shared machine wall time alone misleads. */
    private static String cpuSeconds() {
        double cpu = ProcessFigures.cpuSeconds();
        return Double.isNaN(cpu) ? "" : String.format(Locale.ROOT, ", %.1f s CPU", cpu);
    }

    /** A computed gold table read back in the declaration's column order, sorted by its key. */
    private static PeerTable table(DuckDbSession db, TableDef def, String duckTable) {
        List<TableColumn> columns = CrossCheck.compared(def).stream().map(def::column).toList();
        String select = columns.stream().map(c -> identifier(c.name())).collect(Collectors.joining(", "));
        String order = def.keys().stream().map(DuckDbSession::identifier).collect(Collectors.joining(", "));
        List<List<Object>> rows = db.query("SELECT " + select + " FROM " + duckTable + " ORDER BY " + order, rs -> {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                row.add(value(rs, i + 1, columns.get(i).type()));
            }
            return row;
        });
        return new PeerTable(def, rows);
    }

    private static Object value(ResultSet rs, int index, DataType type) throws SQLException {
        if (type.equals(DataTypes.DateType)) {
            return rs.getObject(index, LocalDate.class);
        }
        if (type.equals(DataTypes.StringType)) {
            return rs.getString(index);
        }
        if (type.equals(DataTypes.LongType)) {
            long v = rs.getLong(index);
            return rs.wasNull() ? null : v;
        }
        if (type.equals(DataTypes.DoubleType)) {
            double v = rs.getDouble(index);
            return rs.wasNull() ? null : v;
        }
        throw new IllegalStateException("the peer does not read columns of type " + type);
    }
}
