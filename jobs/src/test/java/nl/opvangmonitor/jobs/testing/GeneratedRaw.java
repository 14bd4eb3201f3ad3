package nl.opvangmonitor.jobs.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.opvangmonitor.generator.Generator;
import nl.opvangmonitor.generator.GeneratorParameters;

/**
 * Synthetic landing zones for the tests, written by the generator module as {@code generate --persons N} writes
 * them (the small preset and its defect rate). The generate command is a tool, not part of the jobs' command line.
 */
public final class GeneratedRaw {
    private GeneratedRaw() {
    }

    /** Writes {@code persons} persons' deliveries from {@code from} to {@code to} into {@code out}; returns it. */
    public static Path write(Path out, int persons, long seed, String from, String to, double defectRate) {
        GeneratorParameters params = GeneratorParameters.small().withPersons(persons).withDefectRate(defectRate);
        Generator.write(params, seed, LocalDate.parse(from), LocalDate.parse(to), out, done -> { });
        return out;
    }

    /** The same with seed 1 and the preset's defect rate. */
    public static Path write(Path out, int persons, String from, String to) {
        return write(out, persons, 1, from, to, GeneratorParameters.small().quality().defectRate());
    }
}
