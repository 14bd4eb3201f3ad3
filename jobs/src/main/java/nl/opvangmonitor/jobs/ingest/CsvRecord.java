package nl.opvangmonitor.jobs.ingest;

import java.util.List;

/**
 * One record as {@link CsvRecordReader} split it: the physical line it starts on, its text as
 * delivered (without the line end, with any line ends inside quotes), its fields with quotes
 * removed, and whether it was well formed (no unclosed quote, nothing after a closing quote).
 */
record CsvRecord(long lineNumber, String text, List<String> fields, boolean wellFormed) {
    CsvRecord {
        fields = List.copyOf(fields);
    }

    /** An empty physical line: not a record at all (no field, nothing to keep). */
    boolean isBlank() {
        return text.isEmpty();
    }
}
