package nl.opvangmonitor.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.jobs.runtime.JobFailure;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the landing zone (any Hadoop file system) as data-contract.md lays it out:
 * {@code <raw>/<source>/<yyyy-MM-dd>/*.csv}. Names starting with {@code _} or {@code .} are not
 * data (e.g. the generator's {@code _manifest}) and are skipped; an unknown source folder or a
 * delivery folder that is not a date is an error naming it; anything else odd is noted and left.
 */
final class Landing {
    private final FileSystem fs;
    private final Consumer<String> notes;

    private Landing(FileSystem fs, Consumer<String> notes) {
        this.fs = fs;
        this.notes = notes;
    }

    /** Every delivery folder with at least one CSV file, by source and date. */
    static List<Delivery> scan(Configuration hadoop, String rawRoot, Consumer<String> notes) {
        try {
            Path root = new Path(rawRoot);
            FileSystem fs = root.getFileSystem(hadoop);
            if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
                throw new JobFailure("raw folder not found: " + rawRoot);
            }
            return new Landing(fs, notes).deliveries(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the raw folder " + rawRoot + ": " + e.getMessage(), e);
        }
    }

    private List<Delivery> deliveries(Path root) throws IOException {
        List<Delivery> deliveries = new ArrayList<>();
        for (FileStatus entry : entries(root)) {
            String name = entry.getPath().getName();
            if (!entry.isDirectory()) {
                notes.accept("ignored file " + name + " in the raw root (not a source folder)");
                continue;
            }
            RawSource source = sourceOf(name);
            for (FileStatus folder : entries(entry.getPath())) {
                Delivery delivery = delivery(source, folder);
                if (delivery != null) {
                    deliveries.add(delivery);
                }
            }
        }
        return deliveries;
    }

    private Delivery delivery(RawSource source, FileStatus folder) throws IOException {
        String where = source.folder() + "/" + folder.getPath().getName();
        if (!folder.isDirectory()) {
            notes.accept("ignored " + where + " (not a delivery folder)");
            return null;
        }
        LocalDate date = dateOf(where, folder.getPath().getName());
        List<String> files = new ArrayList<>();
        for (FileStatus file : entries(folder.getPath())) {
            if (file.isFile() && file.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                files.add(file.getPath().toString());
                if (file.getLen() == 0) {
                    notes.accept(where + "/" + file.getPath().getName() + ": " + RawFileParser.EMPTY_FILE);
                }
            } else {
                notes.accept("ignored " + where + "/" + file.getPath().getName() + " (not a CSV file)");
            }
        }
        if (files.isEmpty()) {
            notes.accept(where + " holds no CSV file yet: not ingested");
            return null;
        }
        return new Delivery(source, date, files);
    }

    /** The visible entries of a folder, by name. */
    private List<FileStatus> entries(Path folder) throws IOException {
        return Arrays.stream(fs.listStatus(folder))
                .filter(s -> !s.getPath().getName().startsWith("_") && !s.getPath().getName().startsWith("."))
                .sorted(Comparator.comparing(s -> s.getPath().getName()))
                .toList();
    }

    private static RawSource sourceOf(String folder) {
        return Arrays.stream(RawSource.values()).filter(s -> s.folder().equals(folder)).findFirst()
                .orElseThrow(() -> new JobFailure("unknown source folder in the raw root: " + folder + " (expected "
                        + Arrays.stream(RawSource.values()).map(RawSource::folder).collect(Collectors.joining(", ")) + ")"));
    }

    private static LocalDate dateOf(String where, String folder) {
        try {
            return LocalDate.parse(folder);
        } catch (DateTimeParseException e) {
            throw new JobFailure("delivery folder is not a yyyy-MM-dd date: " + where);
        }
    }
}
