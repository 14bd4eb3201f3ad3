package nl.opvangmonitor.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.opvangmonitor.common.contract.RawSource;

/** Test helpers: raw CSV files written as text, and rows of a peer table found by key and checked by column. */
final class PeerRows {
    private PeerRows() {
    }

    /** Writes {@code <root>/<source>/<delivery>/<source>.csv} with exactly the given content. */
    static void csv(Path root, RawSource source, String delivery, String content) {
        try {
            Path folder = Files.createDirectories(root.resolve(source.folder()).resolve(delivery));
            Files.writeString(folder.resolve(source.folder() + ".csv"), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one row whose key columns hold {@code key} (dates as LocalDate), or a failure naming the key. */
    static List<Object> row(PeerTable table, Object... key) {
        List<String> keys = table.table().keys();
        List<List<Object>> found = table.rows().stream()
                .filter(r -> keys.stream().allMatch(k -> table.value(r, k).equals(key[keys.indexOf(k)])))
                .toList();
        if (found.size() != 1) {
            fail(found.size() + " rows with key " + Arrays.toString(key) + " in " + table.table().qualifiedName());
        }
        return found.get(0);
    }

    /**
     * Checks named columns of a row: {@code expect(table, row, "children", 3L, "pct_in_time", 50.0)}; a
     * Double is compared to 1e-9, a null expects null.
     */
    static void expect(PeerTable table, List<Object> row, Object... columnsAndValues) {
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            String column = (String) columnsAndValues[i];
            Object expected = columnsAndValues[i + 1];
            Object actual = table.value(row, column);
            String what = column + " of " + row;
            if (expected == null) {
                assertNull(actual, what);
            } else if (expected instanceof Double d) {
                assertNotNull(actual, what);
                assertEquals(d, ((Double) actual).doubleValue(), 1e-9, what);
            } else {
                assertEquals(expected, actual, what);
            }
        }
    }
}
