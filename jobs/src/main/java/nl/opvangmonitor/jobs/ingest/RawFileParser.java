package nl.opvangmonitor.jobs.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns one raw file (path and bytes) into parsed records of a source ({@link ParsedRecords}):
 * strict UTF-8 with an optional byte-order mark, line 1 the header, columns mapped by header
 * name. Whole-file problems become a reason on every record: an undecodable file gives one
 * {@code UNREADABLE_FILE} record per non-empty physical line, its first line included (an
 * unreadable first line cannot be trusted to be a header), a header without every
 * contract column gives {@code MISSING_COLUMN} records. Notices name files and columns only,
 * never values, since a file without a header would otherwise print its first record.
 */
final class RawFileParser implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Header names shown in notices: plain words, so that no data value is ever printed. */
    private static final String PRINTABLE_NAME = "[A-Za-z_-]{1,40}";
    /** The notice for a file without even a header line. */
    static final String EMPTY_FILE = "empty file (no header, no records)";

    private final RawSource source;

    RawFileParser(RawSource source) {
        this.source = source;
    }

    /** The parsed records of one file of {@code <raw>/<source>/<yyyy-MM-dd>/<name>}, lazily. */
    Iterator<Row> parse(String path, byte[] content, Consumer<String> notices) {
        String[] parts = path.split("/");
        FileOrigin origin = new FileOrigin(parts[parts.length - 1], Date.valueOf(LocalDate.parse(parts[parts.length - 2])));
        String where = source.folder() + "/" + origin.deliveryDate() + "/" + origin.fileName() + ": ";
        int start = startsWith(content, BOM) ? BOM.length : 0;
        if (!isUtf8(content, start)) {
            notices.accept(where + "not valid UTF-8, every line quarantined as " + RejectReason.UNREADABLE_FILE);
            return unreadableLines(content, start, origin);
        }
        CsvRecordReader records = new CsvRecordReader(
                new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start), StandardCharsets.UTF_8));
        if (!records.hasNext()) {
            notices.accept(where + EMPTY_FILE);
            return List.<Row>of().iterator();
        }
        HeaderMapping header = HeaderMapping.of(records.next(), source.header());
        header.describeProblems(PRINTABLE_NAME).forEach(p -> notices.accept(where + p));
        return stream(records).filter(r -> !r.isBlank()).map(r -> toRow(origin, r, header)).iterator();
    }

    private Row toRow(FileOrigin origin, CsvRecord record, HeaderMapping header) {
        String problem = header.isComplete() ? null : RejectReason.MISSING_COLUMN.name();
        if (problem == null && (!record.wellFormed() || record.fields().size() != header.width())) {
            problem = RejectReason.MALFORMED_ROW.name();
        }
        String[] values = problem == null ? header.values(record.fields()) : new String[source.header().size()];
        return row(origin, record.lineNumber(), record.text(), problem, values);
    }

    private Iterator<Row> unreadableLines(byte[] content, int start, FileOrigin origin) {
        List<Row> rows = new ArrayList<>();
        int lineStart = start;
        long line = 1;
        for (int i = start; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                int end = i > lineStart && content[i - 1] == '\r' ? i - 1 : i;
                if (end > lineStart) {
                    String text = new String(content, lineStart, end - lineStart, StandardCharsets.UTF_8);
                    rows.add(row(origin, line, text, RejectReason.UNREADABLE_FILE.name(), new String[source.header().size()]));
                }
                line++;
                lineStart = i + 1;
            }
        }
        return rows.iterator();
    }

    private static Row row(FileOrigin origin, long line, String text, String problem, String[] values) {
        Object[] cells = new Object[5 + values.length];
        cells[0] = origin.fileName();
        cells[1] = origin.deliveryDate();
        cells[2] = line;
        cells[3] = text;
        cells[4] = problem;
        System.arraycopy(values, 0, cells, 5, values.length);
        return RowFactory.create(cells);
    }

    private static boolean isUtf8(byte[] content, int start) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Stream<CsvRecord> stream(Iterator<CsvRecord> records) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, 0), false);
    }

    /** The file a record came from: its name and the delivery date its folder names. */
    private record FileOrigin(String fileName, Date deliveryDate) {
    }

    /** Where each contract column sits in a file's header, and what is wrong with the header. */
    private record HeaderMapping(int width, int[] positions, List<String> missing, List<String> duplicated,
                                 List<String> unknown) {

        static HeaderMapping of(CsvRecord header, List<String> contractColumns) {
            List<String> names = header.wellFormed() ? header.fields().stream().map(String::strip).toList() : List.of();
            int[] positions = new int[contractColumns.size()];
            List<String> missing = new ArrayList<>();
            List<String> duplicated = new ArrayList<>();
            for (int i = 0; i < positions.length; i++) {
                String column = contractColumns.get(i);
                positions[i] = names.indexOf(column);
                if (positions[i] < 0) {
                    missing.add(column);
                } else if (names.lastIndexOf(column) != positions[i]) {
                    duplicated.add(column);
                }
            }
            List<String> unknown = names.stream().filter(n -> !contractColumns.contains(n)).toList();
            return new HeaderMapping(header.fields().size(), positions, missing, duplicated, unknown);
        }

        boolean isComplete() {
            return missing.isEmpty() && duplicated.isEmpty();
        }

        /** Values in contract column order, NFC-normalised so that e.g. a decomposed â still matches Fryslân. */
        String[] values(List<String> fields) {
            return IntStream.of(positions).mapToObj(p -> nfc(fields.get(p))).toArray(String[]::new);
        }

        List<String> describeProblems(String printableName) {
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add("header lacks " + String.join(", ", missing) + ": every record quarantined as "
                        + RejectReason.MISSING_COLUMN);
            }
            if (!duplicated.isEmpty()) {
                problems.add("header repeats " + String.join(", ", duplicated) + ": every record quarantined as "
                        + RejectReason.MISSING_COLUMN);
            }
            if (!unknown.isEmpty()) {
                List<String> shown = unknown.stream().filter(n -> n.matches(printableName)).toList();
                int hidden = unknown.size() - shown.size();
                problems.add("ignored unknown column(s) " + String.join(", ", shown)
                        + (hidden > 0 ? (shown.isEmpty() ? "" : " and ") + hidden + " not shown (not a plain name)" : ""));
            }
            return problems;
        }

        private static String nfc(String value) {
            return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
        }
    }
}
