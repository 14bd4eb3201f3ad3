package nl.opvangmonitor.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.opvangmonitor.common.contract.DefectManifest;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.common.contract.RejectReason;

/**
 * The raw landing zone being written: every clean row goes to its delivery file, followed, at the
 * defect rate, by a corrupted copy; the copies are counted per source, delivery and reason for
 * {@code _manifest/defects.csv} (the format of {@link DefectManifest}).
 */
final class RawOutput implements RowSink, AutoCloseable {
    private final Path out;
    private final DeliveryCalendar calendar;
    private final DeliveryFiles files;
    private final double defectRate;
    private final Map<RawSource, Map<Integer, Map<RejectReason, Long>>> defects = new EnumMap<>(RawSource.class);

    RawOutput(Path out, DeliveryCalendar calendar, double defectRate) {
        this.out = out;
        this.calendar = calendar;
        this.defectRate = defectRate;
        this.files = new DeliveryFiles(out, calendar);
    }

    @Override
    public void row(RawSource source, int delivery, String[] fields, SplittableRandom defectStream) {
        files.write(source, delivery, fields);
        if (Rand.chance(defectStream, defectRate)) {
            DefectInjector.Defect d = DefectInjector.corrupt(source, calendar.date(delivery), fields, defectStream);
            files.write(source, delivery, d.fields());
            defects.computeIfAbsent(source, s -> new TreeMap<>())
                    .computeIfAbsent(delivery, x -> new EnumMap<>(RejectReason.class))
                    .merge(d.reason(), 1L, Long::sum);
        }
    }

    /** Rows written for the source, corrupted copies included. */
    long rows(RawSource source) {
        return files.rows(source);
    }

    long defects(RawSource source) {
        return defects.getOrDefault(source, Map.of()).values().stream()
                .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    int files() {
        return files.files();
    }

    /** Writes {@code _manifest/defects.csv} (sorted by source, delivery, reason) and {@code _manifest/parameters.txt}. */
    void writeManifest(List<String> parameters) throws IOException {
        Path dir = Files.createDirectories(out.resolve(DefectManifest.FOLDER));
        List<String> lines = new ArrayList<>(List.of(DefectManifest.HEADER));
        TreeMap<String, Map<Integer, Map<RejectReason, Long>>> bySource = new TreeMap<>();
        defects.forEach((s, m) -> bySource.put(s.folder(), m));
        bySource.forEach((source, byDelivery) -> byDelivery.forEach((delivery, byReason) -> {
            TreeMap<String, Long> sorted = new TreeMap<>();
            byReason.forEach((reason, n) -> sorted.put(reason.name(), n));
            sorted.forEach((reason, n) -> lines.add(source + ";" + calendar.date(delivery) + ";" + reason + ";" + n));
        }));
        Files.write(dir.resolve(DefectManifest.FILE), lines, StandardCharsets.UTF_8);
        Files.write(dir.resolve("parameters.txt"), parameters, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        files.close();
    }
}
