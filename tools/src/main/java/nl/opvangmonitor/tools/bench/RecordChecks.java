package nl.opvangmonitor.tools.bench;

import static nl.opvangmonitor.tools.bench.DuckDbSession.identifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.contract.RawColumn;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;

/**
 * Applies the contract's record rules to {@code raw_<source>}: {@code checked_<source>} holds the
 * typed fields, {@code ord} (the record's place in delivery, file and line order: later wins) and
 * {@code reasons}, the codes of every rule it fails; {@code accepted_<source>} is the records
 * ingest would take into bronze. coa_locaties must be checked first: its accepted records are the
 * known locations that stays and relocations must refer to (UNKNOWN_LOCATION). The raw table is
 * dropped once checked, to keep memory down.
 */
final class RecordChecks {
    private static final String KNOWN_LOCATIONS = "known_locations";

    private final DuckDbSession db;

    RecordChecks(DuckDbSession db) {
        this.db = db;
    }

    /** The table of checked records of a source. */
    static String checkedTable(RawSource source) {
        return "checked_" + source.folder();
    }

    /** The view of the records of a source that pass every rule. */
    static String acceptedView(RawSource source) {
        return "accepted_" + source.folder();
    }

    /** Checks the records of a source and creates its accepted view; after coa_locaties, also the known locations. */
    void check(RawSource source) {
        List<String> joins = new ArrayList<>();
        List<String> referenceRules = new ArrayList<>();
        for (String column : locationReferences(source)) {
            String known = "known_" + column;
            String clean = identifier(ContractSql.cleanName(source.column(column)));
            joins.add("LEFT JOIN " + KNOWN_LOCATIONS + " " + known + " ON " + known + ".code = " + clean
                    + " AND " + known + ".known_since <= typed.delivery_date");
            referenceRules.add(ContractSql.reasonWhen(RejectReason.UNKNOWN_LOCATION,
                    clean + " IS NOT NULL AND " + known + ".code IS NULL"));
        }
        String cleanColumns = columns(source, c -> ContractSql.clean(c) + " AS " + identifier(ContractSql.cleanName(c)));
        String typedColumns = columns(source, c -> ContractSql.parse(c) + " AS " + identifier(c.rawName()));
        String cleanNames = columns(source, c -> identifier(ContractSql.cleanName(c)));
        db.execute("CREATE TABLE " + checkedTable(source) + " AS\n"
                + "WITH cleaned AS (SELECT rowid AS ord, delivery_date, file_problem, " + cleanColumns
                + " FROM " + RawLoader.rawTable(source) + "),\n"
                + "typed AS (SELECT *, " + typedColumns + " FROM cleaned)\n"
                + "SELECT typed.* EXCLUDE (" + cleanNames + "),\n"
                + "  CASE WHEN file_problem IS NOT NULL THEN [file_problem] ELSE "
                + ContractSql.reasons(source, referenceRules) + " END AS reasons\n"
                + "FROM typed " + String.join(" ", joins));
        db.execute("DROP TABLE " + RawLoader.rawTable(source));
        db.execute("CREATE VIEW " + acceptedView(source) + " AS SELECT * EXCLUDE (file_problem, reasons) FROM "
                + checkedTable(source) + " WHERE len(reasons) = 0");
        if (source == RawSource.COA_LOCATIES) {
            db.execute("CREATE TABLE " + KNOWN_LOCATIONS + " AS SELECT locatiecode AS code, min(delivery_date) AS known_since"
                    + " FROM " + acceptedView(source) + " GROUP BY locatiecode");
        }
    }

    /** The records of a checked source rejected per delivery and reason. */
    List<RejectedRows> rejections(RawSource source) {
        return db.query("SELECT delivery_date, reason, count(*) FROM (SELECT delivery_date, unnest(reasons) AS reason FROM "
                        + checkedTable(source) + ") GROUP BY ALL",
                rs -> new RejectedRows(source, rs.getObject(1, LocalDate.class),
                        RejectReason.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    /** The raw columns of a source that must name a known location (data-contract.md, bad records). */
    private static List<String> locationReferences(RawSource source) {
        return switch (source) {
            case COA_BEWONING -> List.of("locatiecode");
            case COA_VERHUISBEWEGINGEN -> List.of("van_locatiecode", "naar_locatiecode");
            default -> List.of();
        };
    }

    private static String columns(RawSource source, Function<RawColumn, String> column) {
        return source.columns().stream().map(column).collect(Collectors.joining(", "));
    }
}
