package nl.opvangmonitor.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.csv.CsvLine;

/**
 * The open delivery files of a run, one per source and delivery day:
 * {@code <out>/<source>/<yyyy-MM-dd>/<source>.csv}, each started with the contract's header, so a
 * delivery with nothing new is a file with only a header. Rows are appended as households stream by.
 */
final class DeliveryFiles implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Map<RawSource, Writer[]> writers = new EnumMap<>(RawSource.class);
    private final Map<RawSource, String[]> lineEnds = new EnumMap<>(RawSource.class);
    private final Map<RawSource, long[]> rows = new EnumMap<>(RawSource.class);

    DeliveryFiles(Path out, DeliveryCalendar calendar) {
        try {
            for (RawSource source : RawSource.values()) {
                Writer[] w = new Writer[calendar.size()];
                String[] ends = new String[calendar.size()];
                for (int d = 0; d < calendar.size(); d++) {
                    Path dir = out.resolve(source.folder()).resolve(calendar.date(d).toString());
                    Files.createDirectories(dir);
                    FileStyle style = FileStyle.of(source, d);
                    w[d] = new BufferedWriter(new OutputStreamWriter(
                            Files.newOutputStream(dir.resolve(source.folder() + ".csv")), StandardCharsets.UTF_8), BUFFER);
                    if (style.byteOrderMark()) {
                        w[d].write('\uFEFF');
                    }
                    ends[d] = style.lineEnd();
                    w[d].write(String.join(";", source.header()));
                    w[d].write(ends[d]);
                }
                writers.put(source, w);
                lineEnds.put(source, ends);
                rows.put(source, new long[calendar.size()]);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot create the delivery files under " + out + ": " + e.getMessage(), e);
        }
    }

    /** Appends one row (fields in header order) to the source's file of that delivery. */
    void write(RawSource source, int delivery, String[] fields) {
        try {
            Writer w = writers.get(source)[delivery];
            w.write(CsvLine.of(java.util.Arrays.asList(fields), ';'));
            w.write(lineEnds.get(source)[delivery]);
            rows.get(source)[delivery]++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + source.folder() + ": " + e.getMessage(), e);
        }
    }

    /** Rows written to the source's files so far, over all deliveries. */
    long rows(RawSource source) {
        long n = 0;
        for (long r : rows.get(source)) {
            n += r;
        }
        return n;
    }

    int files() {
        return writers.values().stream().mapToInt(w -> w.length).sum();
    }

    @Override
    public void close() {
        IOException first = null;
        for (Writer[] ws : writers.values()) {
            for (Writer w : ws) {
                try {
                    if (w != null) {
                        w.close();
                    }
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw new UncheckedIOException("cannot finish the delivery files: " + first.getMessage(), first);
        }
    }
}
