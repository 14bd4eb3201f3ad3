package nl.opvangmonitor.jobs.sql;

/** How query results are printed: an aligned table for people, CSV or JSON Lines for scripts. */
public enum OutputFormat {
    TABLE, CSV, JSON
}
