package nl.opvangmonitor.jobs.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits {@code ;}-separated text into records the RFC 4180 way, as data-contract.md describes
 * the files: {@code "} quotes a field that holds {@code ;}, line ends or {@code ""} (one quote);
 * a record ends at {@code \n} or {@code \r\n} outside quotes. It streams, so a large file never
 * sits in memory as one string. A record whose quote is never closed is reported malformed on
 * its first physical line only and splitting resumes on the next line, so one stray quote cannot
 * swallow the rest of the file.
 */
final class CsvRecordReader implements Iterator<CsvRecord> {
    private static final char SEPARATOR = ';';
    private static final char QUOTE = '"';
    private static final int END = -1;

    private final char[] buffer = new char[8192];
    private Reader in;
    private int position;
    private int length;
    private long line = 1;
    private CsvRecord next;

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readRecord();
        }
        return next != null;
    }

    @Override
    public CsvRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRecord record = next;
        next = null;
        return record;
    }

    private CsvRecord readRecord() {
        long start = line;
        int c = read();
        if (c == END) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean wellFormed = true;
        while (c != END) {
            char ch = (char) c;
            if (inQuotes) {
                text.append(ch);
                if (ch == QUOTE && peek() == QUOTE) {
                    text.append((char) read());
                    field.append(QUOTE);
                } else if (ch == QUOTE) {
                    inQuotes = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    field.append(ch);
                }
            } else if (ch == '\n' || (ch == '\r' && peek() == '\n')) {
                if (ch == '\r') {
                    read();
                }
                line++;
                break;
            } else {
                text.append(ch);
                if (ch == SEPARATOR) {
                    fields.add(field.toString());
                    field.setLength(0);
                    quoted = false;
                } else if (ch == QUOTE && field.length() == 0 && !quoted) {
                    quoted = true;
                    inQuotes = true;
                } else {
                    wellFormed &= !quoted; // text after a closing quote
                    field.append(ch);
                }
            }
            c = read();
        }
        if (inQuotes) {
            return unclosedQuote(start, text.toString());
        }
        fields.add(field.toString());
        return new CsvRecord(start, text.toString(), fields, wellFormed);
    }

    /** The quote opened on line {@code start} ran to the end: report that line, re-split the rest. */
    private CsvRecord unclosedQuote(long start, String consumed) {
        int lineEnd = consumed.indexOf('\n');
        String firstLine = lineEnd < 0 ? consumed : consumed.substring(0, lineEnd);
        if (firstLine.endsWith("\r")) {
            firstLine = firstLine.substring(0, firstLine.length() - 1);
        }
        in = new StringReader(lineEnd < 0 ? "" : consumed.substring(lineEnd + 1));
        position = 0;
        length = 0;
        line = start + 1;
        return new CsvRecord(start, firstLine, List.of(), false);
    }

    private int read() {
        int c = peek();
        if (c != END) {
            position++;
        }
        return c;
    }

    private int peek() {
        if (position == length && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            length = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
