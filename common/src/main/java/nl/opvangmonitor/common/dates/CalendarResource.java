package nl.opvangmonitor.common.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the calendar data files kept next to these classes (comma-separated, a header line, '#'
 * comment lines) into one map of column to value per row; the files hold no quoted commas.
 */
final class CalendarResource {
    private CalendarResource() {
    }

    static List<Map<String, String>> rows(String name) {
        try (InputStream in = CalendarResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("calendar data " + name + " is missing from the classpath");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split(",", -1);
                if (values.length != header.length) {
                    throw new IllegalStateException(name + ": " + header.length + " fields expected in: " + line);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], values[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
