package nl.opvangmonitor.jobs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.jobs.cli.JobFailure;

/**
 * The bench's landing zones: the generated one of a scale, and for the incremental run a copy (hard
 * links, no bytes copied) that lands every delivery except those of the last month first and the last
 * month's later.
 */
final class LandingZones {
    private LandingZones() {
    }

    /** The month of the latest delivery folder under {@code raw}. */
    static YearMonth lastMonth(Path raw) {
        return deliveryFolders(raw).map(LandingZones::date).flatMap(Optional::stream).max(LocalDate::compareTo)
                .map(YearMonth::from).orElseThrow(() -> new JobFailure("no deliveries under " + raw));
    }

    /** Links into {@code target} the delivery folders of {@code raw} dated in {@code month} ({@code inMonth}) or not. */
    static void land(Path raw, Path target, YearMonth month, boolean inMonth) {
        List<Path> folders = deliveryFolders(raw).filter(f -> date(f).map(d -> YearMonth.from(d).equals(month))
                .orElse(false) == inMonth).toList();
        try {
            for (Path folder : folders) {
                Path to = Files.createDirectories(target.resolve(raw.relativize(folder)));
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.createLink(to.resolve(file.getFileName()), file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> deliveryFolders(Path raw) {
        return Stream.of(RawSource.values()).map(s -> raw.resolve(s.folder())).filter(Files::isDirectory)
                .flatMap(LandingZones::list).filter(Files::isDirectory);
    }

    private static Optional<LocalDate> date(Path folder) {
        try {
            return Optional.of(LocalDate.parse(folder.getFileName().toString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
