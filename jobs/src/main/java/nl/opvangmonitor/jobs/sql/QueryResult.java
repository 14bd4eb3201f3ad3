package nl.opvangmonitor.jobs.sql;

import java.util.Iterator;
import java.util.List;

/**
 * A query's answer as the sql command prints it, whichever engine ran it: column names, which columns are
 * numeric (right-aligned), and the rows as plain Java values (numbers, strings, booleans, dates, lists).
 */
public interface QueryResult {
    List<String> columns();

    boolean numeric(int column);

    /** The rows in order, streamed: csv and json print them all. */
    Iterator<List<Object>> rows();
}
