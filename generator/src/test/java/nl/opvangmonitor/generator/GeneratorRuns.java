package nl.opvangmonitor.generator;

import java.nio.file.Path;
import java.time.LocalDate;

/** Test helper: generator runs on small worlds into a test's temporary folder. */
final class GeneratorRuns {
    private GeneratorRuns() {
    }

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    /** The small preset with the given persons and defect rate, over the default range. */
    static Generator.Summary run(Path out, int persons, long seed, double defectRate) {
        return run(out, persons, seed, defectRate, FROM, TO);
    }

    static Generator.Summary run(Path out, int persons, long seed, double defectRate, LocalDate from, LocalDate to) {
        GeneratorParameters p = GeneratorParameters.small().withPersons(persons).withDefectRate(defectRate);
        return Generator.write(p, seed, from, to, out, done -> { });
    }
}
