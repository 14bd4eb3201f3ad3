package nl.opvangmonitor.jobs.conform;

import java.util.List;
import java.util.function.UnaryOperator;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.SilverTables;
import nl.opvangmonitor.common.tables.TableDef;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each silver table conform builds from one bronze source: how to build it from (part of) that
 * source's history, and its scope, the columns whose values are rebuilt together when a new
 * delivery touches one of its rows (a person for persons, a bsn for merged care trajectories,
 * otherwise the record key).
 */
public enum ConformedTable {
    LOCATIONS(SilverTables.LOCATIONS, RawSource.COA_LOCATIES,
            history -> Locations.withCategory(latest(history, RawSource.COA_LOCATIES))),
    LOCATION_INVENTORY(SilverTables.LOCATION_INVENTORY, RawSource.COA_INVENTARISATIE,
            history -> latest(history, RawSource.COA_INVENTARISATIE)),
    KSO_LEADS(SilverTables.KSO_LEADS, RawSource.COA_KSO_LEADS, history -> latest(history, RawSource.COA_KSO_LEADS)),
    PERSONS(SilverTables.PERSONS, RawSource.COA_BEWONING, List.of("child_id"), false, Persons::fromBewoning),
    STAYS(SilverTables.STAYS, RawSource.COA_BEWONING, history -> latest(history, RawSource.COA_BEWONING)),
    RELOCATIONS(SilverTables.RELOCATIONS, RawSource.COA_VERHUISBEWEGINGEN,
            history -> latest(history, RawSource.COA_VERHUISBEWEGINGEN)),
    ENROLMENTS(SilverTables.ENROLMENTS, RawSource.DUO_INSCHRIJVINGEN,
            history -> latest(history, RawSource.DUO_INSCHRIJVINGEN)),
    CARE_TRAJECTORIES(SilverTables.CARE_TRAJECTORIES, RawSource.JEUGDHULP_TRAJECTEN, List.of("bsn_id"), true,
            history -> CareTrajectories.mergeOverlapping(latest(history, RawSource.JEUGDHULP_TRAJECTEN)));

    private final TableDef table;
    private final RawSource source;
    private final List<String> scope;
    private final boolean keysCanVanish;
    private final UnaryOperator<Dataset<Row>> build;

    ConformedTable(TableDef table, RawSource source, UnaryOperator<Dataset<Row>> build) {
        this(table, source, source.bronzeKey(), false, build);
    }

    ConformedTable(TableDef table, RawSource source, List<String> scope, boolean keysCanVanish,
                   UnaryOperator<Dataset<Row>> build) {
        this.table = table;
        this.source = source;
        this.scope = List.copyOf(scope);
        this.keysCanVanish = keysCanVanish;
        this.build = build;
    }

    public TableDef table() {
        return table;
    }

    public RawSource source() {
        return source;
    }

    /** Bronze (and silver) columns that identify the rows rebuilt together. */
    public List<String> scope() {
        return scope;
    }

    /**
     * Whether a rebuilt scope can lose keys it had before (merged trajectories whose start moves),
     * so the write must delete them ({@link Lake#mergeReplacing}) rather than only upsert.
     */
    public boolean keysCanVanish() {
        return keysCanVanish;
    }

    /** The silver rows of every scope present in the given bronze history, in declared columns. */
    public Dataset<Row> build(Dataset<Row> history) {
        return Lake.asDeclared(build.apply(history), table);
    }

    private static Dataset<Row> latest(Dataset<Row> history, RawSource source) {
        return LatestVersion.perKey(history, source.bronzeKey());
    }
}
