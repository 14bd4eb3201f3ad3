package nl.opvangmonitor.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.opvangmonitor.jobs.ingest.DeliveryFinding.Check;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A delivery's manifest, the control totals a landing zone hands over with it: {@code _manifest.csv} in the
 * delivery folder, a header {@code file;rows;sha256} and one line per file (rows: the file's records, header
 * not counted; sha256: hex of the file's bytes, may be empty). Checked when present: every file listed is
 * delivered with that many records and that checksum, and every delivered file is listed.
 */
final class ControlTotals {
    static final String FILE = "_manifest.csv";
    static final String HEADER = "file;rows;sha256";

    private ControlTotals() {
    }

    /** One line of the manifest. */
    private record Entry(long rows, String sha256) {
    }

    /** The findings of the delivery's manifest against what was read; none without a manifest. */
    static List<DeliveryFinding> check(Configuration hadoop, DeliveryAccount account) {
        Delivery delivery = account.delivery();
        Path manifest = new Path(new Path(delivery.files().get(0)).getParent(), FILE);
        List<String> problems = new ArrayList<>();
        try {
            Optional<Map<String, Entry>> entries = read(hadoop, manifest, problems);
            if (entries.isPresent()) {
                compare(hadoop, delivery, account.readByFile(), entries.get(), problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest + ": " + e.getMessage(), e);
        }
        return problems.stream().map(p -> new DeliveryFinding(delivery.source(), delivery.date(), Check.CONTROL_TOTAL, p))
                .toList();
    }

    private static void compare(Configuration hadoop, Delivery delivery, Map<String, Long> readByFile,
                                Map<String, Entry> entries, List<String> problems) {
        List<String> names = delivery.fileNames();
        entries.forEach((name, entry) -> {
            int at = names.indexOf(name);
            if (at < 0) {
                problems.add(FILE + " lists " + name + ", which was not delivered");
                return;
            }
            long read = readByFile.getOrDefault(name, 0L);
            if (read != entry.rows()) {
                problems.add(String.format(Locale.ROOT, "%s: %d records read, %s says %d%s", name, read, FILE,
                        entry.rows(), read < entry.rows() ? " (records lost)" : ""));
            }
            if (!entry.sha256().isEmpty()
                    && !entry.sha256().equalsIgnoreCase(DeliveryChecksums.fileHash(hadoop, delivery.files().get(at)))) {
                problems.add(name + ": its SHA-256 differs from " + FILE);
            }
        });
        names.stream().filter(n -> !entries.containsKey(n)).forEach(n -> problems.add(n + " is not listed in " + FILE));
    }

    /** The manifest's entries by file name; empty without a manifest; a malformed line is a problem. */
    private static Optional<Map<String, Entry>> read(Configuration hadoop, Path manifest, List<String> problems)
            throws IOException {
        FileSystem fs = manifest.getFileSystem(hadoop);
        if (!fs.exists(manifest)) {
            return Optional.empty();
        }
        String text;
        try (InputStream in = fs.open(manifest)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            problems.add(FILE + " does not start with the header " + HEADER);
            return Optional.of(entries);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            try {
                entries.put(cells[0].strip(), new Entry(Long.parseLong(cells[1].strip()), cells.length > 2 ? cells[2].strip() : ""));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                problems.add(FILE + " has a line that is not file;rows;sha256: " + line);
            }
        }
        return Optional.of(entries);
    }
}
