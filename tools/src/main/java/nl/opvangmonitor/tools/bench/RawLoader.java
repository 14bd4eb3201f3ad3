package nl.opvangmonitor.tools.bench;

import static nl.opvangmonitor.tools.bench.DuckDbSession.identifier;
import static nl.opvangmonitor.tools.bench.DuckDbSession.literal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import nl.opvangmonitor.tools.bench.LandingZone.DeliveryFile;
import nl.opvangmonitor.jobs.runtime.JobFailure;

/**
 * Loads the CSV files of a source with DuckDB's {@code read_csv} into {@code raw_<source>}: every
 * field as text, columns found by header name (the order may differ per file), one row per record
 * in delivery, file and line order, with the delivery date its folder names. The dialect is fixed
 * ({@code ;}, {@code "}, header line), not sniffed, and consecutive files with the same header are
 * read in one scan. A record with the wrong number of fields is kept out by DuckDB in its rejects
 * table and counted here as MALFORMED_ROW; a file whose header lacks a contract column (or repeats
 * one) is loaded with its records marked MISSING_COLUMN, as ingest does.
 */
final class RawLoader {
    private static final String CSV_OPTIONS = "delim = ';', quote = '\"', escape = '\"', header = true,"
            + " auto_detect = false, filename = true, store_rejects = true";
    /** The delivery date of a record: the name of its file's folder. */
    private static final String DELIVERY_DATE =
            "regexp_extract(filename, '([0-9]{4}-[0-9]{2}-[0-9]{2})[/\\\\][^/\\\\]*$', 1)::DATE";

    private final DuckDbSession db;
    private final List<DeliveryFile> loaded = new ArrayList<>();

    RawLoader(DuckDbSession db) {
        this.db = db;
    }

    /** The table the raw records of a source are loaded into. */
    static String rawTable(RawSource source) {
        return "raw_" + source.folder();
    }

    /** Creates {@code raw_<source>} and appends every file of the source in order; returns the records loaded. */
    long load(RawSource source, List<DeliveryFile> files) {
        String columns = source.header().stream().map(c -> identifier(c) + " VARCHAR").collect(Collectors.joining(", "));
        db.execute("CREATE TABLE " + rawTable(source) + " (delivery_date DATE, file_problem VARCHAR, " + columns + ")");
        List<DeliveryFile> group = new ArrayList<>();
        List<String> groupHeader = null;
        for (DeliveryFile file : files) {
            List<String> header = header(file);
            if (header.isEmpty()) {
                continue;
            }
            if (!header.equals(groupHeader) && !group.isEmpty()) {
                append(source, groupHeader, group);
                group.clear();
            }
            groupHeader = header;
            group.add(file);
        }
        if (!group.isEmpty()) {
            append(source, groupHeader, group);
        }
        return db.queryLong("SELECT count(*) FROM " + rawTable(source));
    }

    /**
     * Records DuckDB could not split into the header's fields, per file loaded so far: the
     * MALFORMED_ROW records of data-contract.md.
     */
    List<RejectedRows> malformedRows() {
        if (loaded.isEmpty()) {
            return List.of();
        }
        Map<String, DeliveryFile> byPath = loaded.stream()
                .collect(Collectors.toMap(f -> f.path().toString(), Function.identity()));
        return db.query("""
                SELECT s.file_path, count(DISTINCT e.line) AS records
                FROM reject_errors e JOIN reject_scans s USING (scan_id, file_id)
                GROUP BY s.file_path""", rs -> {
            DeliveryFile file = byPath.get(rs.getString(1));
            return new RejectedRows(file.source(), file.delivery(), RejectReason.MALFORMED_ROW, rs.getLong(2));
        });
    }

    /** Appends files that share one header, in order, taking the contract's columns by name. */
    private void append(RawSource source, List<String> header, List<DeliveryFile> files) {
        List<String> selected = new ArrayList<>();
        boolean incomplete = false;
        for (String column : source.header()) {
            int position = header.indexOf(column);
            incomplete |= position < 0 || header.lastIndexOf(column) != position;
            selected.add((position < 0 ? "NULL" : "c" + position) + " AS " + identifier(column));
        }
        String positional = IntStream.range(0, header.size()).mapToObj(i -> "'c" + i + "': 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
        String paths = files.stream().map(f -> literal(f.path().toString())).collect(Collectors.joining(", ", "[", "]"));
        String problem = incomplete ? literal(RejectReason.MISSING_COLUMN.name()) : "NULL";
        db.execute("INSERT INTO " + rawTable(source) + " BY NAME SELECT " + DELIVERY_DATE + " AS delivery_date, "
                + problem + " AS file_problem, " + String.join(", ", selected)
                + " FROM read_csv(" + paths + ", " + CSV_OPTIONS + ", columns = " + positional + ")");
        loaded.addAll(files);
    }

    /** The column names of a file's first line (byte-order mark, spaces and quotes removed); empty for an empty file. */
    private static List<String> header(DeliveryFile file) {
        try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) {
                return List.of();
            }
            String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
            return Arrays.stream(text.split(";", -1)).map(String::strip)
                    .map(name -> name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                            ? name.substring(1, name.length() - 1) : name)
                    .toList();
        } catch (CharacterCodingException e) {
            throw new JobFailure("not UTF-8 text: " + file.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.name() + ": " + e.getMessage(), e);
        }
    }
}
