package nl.opvangmonitor.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import nl.opvangmonitor.common.contract.RawSource;

/**
 * Writes the seven raw sources of a synthetic world as monthly deliveries into a landing zone,
 * with the defect manifest and the parameters used. Single-threaded and streaming: the output is a
 * function of the parameters, seed and range only.
 */
public final class Generator {
    /** The delivery range the command writes unless told otherwise: the reporting period of synthetic-data.md. */
    public static final String DEFAULT_FROM = "2024-01-01";
    public static final String DEFAULT_TO = "2026-06-30";

    private Generator() {
    }

    /** What a run wrote. */
    public record Summary(int files, long households, long persons, Map<RawSource, Long> rows,
            Map<RawSource, Long> defects) {
    }

    /** Writes the landing zone of {@code params} and {@code seed} with deliveries from {@code from} to {@code to}. */
    public static Summary write(GeneratorParameters params, long seed, LocalDate from, LocalDate to, Path out,
            LongConsumer progress) {
        SyntheticWorld world = new SyntheticWorld(params, seed, from, to);
        DeliveryCalendar calendar = new DeliveryCalendar(from, to);
        long[] households = {0};
        try (RawOutput output = new RawOutput(out, calendar, params.quality().defectRate())) {
            RecordEmitter emitter = new RecordEmitter(calendar, output);
            StaticRows.emit(emitter, seed, params.quality().correctionRate(), world.locations.all(), world.inventory,
                    world.leads);
            PersonRows persons = new PersonRows(params, seed, emitter);
            world.forEachHousehold(h -> {
                persons.emit(h);
                households[0]++;
            }, progress);
            output.writeManifest(parameterLines(params, seed, from, to));
            Map<RawSource, Long> rows = new EnumMap<>(RawSource.class);
            Map<RawSource, Long> defects = new EnumMap<>(RawSource.class);
            for (RawSource s : RawSource.values()) {
                rows.put(s, output.rows(s));
                defects.put(s, output.defects(s));
            }
            return new Summary(output.files(), households[0], params.persons(), rows, defects);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest under " + out + ": " + e.getMessage(), e);
        }
    }

    private static List<String> parameterLines(GeneratorParameters params, long seed, LocalDate from,
            LocalDate to) {
        List<String> lines = new ArrayList<>();
        lines.add("seed = " + seed);
        lines.add("from = " + from);
        lines.add("to = " + to);
        lines.addAll(params.describe());
        return lines;
    }
}
