package nl.opvangmonitor.jobs.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV file back (RFC 4180 quoting, one record per line, optional UTF-8 byte order mark), for tests. */
public final class CsvRecords {
    private CsvRecords() {
    }

    /** The records of a file, header first. */
    public static List<List<String>> read(Path file, char separator) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, separator);
    }

    /** The records of a text. */
    public static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isEmpty()) {
                records.add(fields(line, separator));
            }
        }
        return records;
    }

    private static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
