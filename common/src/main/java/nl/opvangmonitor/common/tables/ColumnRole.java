package nl.opvangmonitor.common.tables;

/**
 * What a column of a gold table is, so that disclosure control (privacy.md) knows how to treat it
 * without a per-table rule.
 */
public enum ColumnRole {
    /** A plain column (bronze, silver, ops) or a descriptive value that is never suppressed. */
    PLAIN,
    /** A reporting date or month: rows are never totalled over it. */
    TIME,
    /** A classifying dimension; gold carries an {@code ALL} total row over it. */
    DIMENSION,
    /** A count of persons, or of events or days of persons; suppressed when 1..k-1. */
    COUNT,
    /** A count of things that are not persons (locations, leads, raw rows); published as is. */
    RECORD_COUNT,
    /**
     * A mean, median, percentage or rate; suppressed when its base (the sum of its base count
     * columns) is below k and the base counts persons.
     */
    STATISTIC
}
