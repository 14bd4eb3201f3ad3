package nl.opvangmonitor.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.jobs.runtime.JobFailure;

/**
 * The CSV files of a local landing zone as data-contract.md lays it out,
 * {@code <raw>/<source>/<yyyy-MM-dd>/*.csv}, read the way ingest reads it: names starting with
 * {@code _} or {@code .} are not data, a delivery is a date folder holding at least one CSV file,
 * files in delivery order and then by name (the order in which later versions win).
 */
final class LandingZone {
    private final Path root;
    private final Map<RawSource, List<DeliveryFile>> files;

    private LandingZone(Path root, Map<RawSource, List<DeliveryFile>> files) {
        this.root = root;
        this.files = files;
    }

    /** One CSV file of a delivery. */
    record DeliveryFile(RawSource source, LocalDate delivery, Path path) {
        /** How messages name it: {@code coa_bewoning/2024-01-31/coa_bewoning.csv}. */
        String name() {
            return source.folder() + "/" + delivery + "/" + path.getFileName();
        }
    }

    /** Lists the landing zone; a missing root, an unknown source folder or a non-date delivery folder is an error. */
    static LandingZone scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new JobFailure("raw folder not found: " + root);
        }
        Map<RawSource, List<DeliveryFile>> files = new EnumMap<>(RawSource.class);
        for (RawSource source : RawSource.values()) {
            files.put(source, new ArrayList<>());
        }
        for (Path sourceFolder : visible(root)) {
            if (!Files.isDirectory(sourceFolder)) {
                continue;
            }
            RawSource source = sourceOf(sourceFolder);
            for (Path deliveryFolder : visible(sourceFolder)) {
                if (Files.isDirectory(deliveryFolder)) {
                    LocalDate delivery = dateOf(source, deliveryFolder);
                    visible(deliveryFolder).stream().filter(LandingZone::isCsv)
                            .forEach(f -> files.get(source).add(new DeliveryFile(source, delivery, f)));
                }
            }
        }
        return new LandingZone(root, files);
    }

    /** The CSV files of a source, by delivery date and then file name. */
    List<DeliveryFile> files(RawSource source) {
        return List.copyOf(files.get(source));
    }

    /** The earliest delivery date over all sources: its month is the first reporting month (metrics.md, Month). */
    LocalDate firstDelivery() {
        return deliveries().min(Comparator.naturalOrder()).orElseThrow(this::empty);
    }

    /** The latest delivery date over all sources: the default as_of (metrics.md, as_of). */
    LocalDate lastDelivery() {
        return deliveries().max(Comparator.naturalOrder()).orElseThrow(this::empty);
    }

    private Stream<LocalDate> deliveries() {
        return files.values().stream().flatMap(List::stream).map(DeliveryFile::delivery);
    }

    private JobFailure empty() {
        return new JobFailure("the raw folder holds no delivery: " + root);
    }

    private static List<Path> visible(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("_")
                            && !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isCsv(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static RawSource sourceOf(Path folder) {
        try {
            return RawSource.fromFolder(folder.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new JobFailure("unknown source folder in the raw root: " + folder.getFileName());
        }
    }

    private static LocalDate dateOf(RawSource source, Path folder) {
        try {
            return LocalDate.parse(folder.getFileName().toString());
        } catch (DateTimeParseException e) {
            throw new JobFailure("delivery folder is not a yyyy-MM-dd date: " + source.folder() + "/" + folder.getFileName());
        }
    }
}
