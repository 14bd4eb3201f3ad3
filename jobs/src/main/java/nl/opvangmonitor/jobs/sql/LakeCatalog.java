package nl.opvangmonitor.jobs.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.opvangmonitor.common.spark.Lake;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.tables.Tables;

/**
 * Makes the lake's tables known to Spark SQL by their layer-qualified names ({@code gold.school_access}):
 * a database per layer (located at the layer folder, so nothing is created elsewhere) holding an
 * external Delta table per declared table whose folder exists. The session's catalog is in memory,
 * so nothing outlives the process. Only the tables asked for (analysts: the publish layer; the quarantine,
 * raw identifiers, privacy.md, only on explicit request).
 */
public final class LakeCatalog {
    private LakeCatalog() {
    }

    /** Registers the existing tables asked for; returns them. */
    public static List<TableDef> register(Lake lake, Predicate<TableDef> asked) {
        List<TableDef> registered = new ArrayList<>();
        for (TableDef table : Tables.all()) {
            if (!asked.test(table)) {
                forget(lake, table);
                continue;
            }
            if (!lake.exists(table)) {
                continue;
            }
            String layer = table.layer().folder();
            if (!lake.spark().catalog().databaseExists(layer)) {
                lake.spark().sql("CREATE DATABASE " + layer + " LOCATION '" + lake.root() + "/" + layer + "'");
            }
            forget(lake, table);
            lake.spark().sql("CREATE TABLE " + table.qualifiedName() + " USING delta LOCATION '" + lake.path(table) + "'");
            registered.add(table);
        }
        return registered;
    }

    /**
     * Removes a name registered earlier in this process (another lake, or the quarantine when it is
     * no longer asked for). The tables are external, so only the catalog entry goes, never data.
     */
    private static void forget(Lake lake, TableDef table) {
        if (lake.spark().catalog().databaseExists(table.layer().folder())) {
            lake.spark().sql("DROP TABLE IF EXISTS " + table.qualifiedName());
        }
    }
}
