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
}
