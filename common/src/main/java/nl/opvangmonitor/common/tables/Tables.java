package nl.opvangmonitor.common.tables;

import java.util.ArrayList;
import java.util.List;

/** Every declared table of the lake, for tools that work on all of them (sql, privacy scans). */
public final class Tables {
    private Tables() {
    }

    public static List<TableDef> all() {
        List<TableDef> all = new ArrayList<>();
        all.addAll(BronzeTables.all());
        all.addAll(QuarantineTables.all());
        all.addAll(SilverTables.all());
        all.addAll(GoldTables.all());
        all.addAll(PublishTables.all());
        all.addAll(OpsTables.all());
        return all;
    }

    /** The step that makes a table ({@code ingest}, {@code conform}, ...), for "run it first" in an error. */
    public static String madeBy(TableDef table) {
        return switch (table.layer()) {
            case BRONZE, QUARANTINE -> "ingest";
            case SILVER -> SilverTables.conformed().contains(table) ? "conform" : "metrics";
            case GOLD -> "metrics";
            case PUBLISH -> "publish";
            case OPS -> table.equals(OpsTables.CONFORM_STATE) ? "conform"
                    : table.equals(OpsTables.DISCLOSURE_LOG) ? "publish"
                    : table.equals(OpsTables.RETRACTIONS) ? "ingest --retract" : "ingest";
        };
    }
}
