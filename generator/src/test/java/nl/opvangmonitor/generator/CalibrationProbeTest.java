package nl.opvangmonitor.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.calibration.PublishedFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The self-check of the national parameters at a tenth of national scale: the figures computed
 * from the in-memory model land near a tenth of the published ones (loose bounds: the sample is
 * small; the real calibration is done on the gold tables), and the KSO figures exactly.
 */
class CalibrationProbeTest {
    static Map<String, Double> figures;
    static Map<String, Double> published;

    @BeforeAll
    static void measure() {
        GeneratorParameters p = GeneratorParameters.national().withPersons(GeneratorParameters.NATIONAL_PERSONS / 10);
        List<CalibrationProbe.Figure> list = CalibrationProbe.measure(
                new SyntheticWorld(p, 1, GeneratorRuns.FROM, GeneratorRuns.TO), done -> { });
        figures = list.stream().collect(Collectors.toMap(CalibrationProbe.Figure::name, CalibrationProbe.Figure::value));
        published = list.stream().collect(Collectors.toMap(CalibrationProbe.Figure::name, CalibrationProbe.Figure::published));
    }

    @Test
    void stocksOfChildrenAreNearATenthOfThePublishedOnes() {
        within("minors in reception 26-01-2026", 0.15);
        within("  of whom in NOODOPVANG", 0.2);
        within("  of whom in CRISISNOODOPVANG", 0.35);
        within("minors in NOODOPVANG 30-04-2025", 0.2);
        within("  of whom amv", 0.3);
        within("amv aged 18+ at opvangvorm AMV 29-04-2026", 0.3);
        within("amv minors turning 18 within 365 days of 29-04-2026", 0.25);
    }

    @Test
    void emergencyLocationsAndStaysAreNearThePublishedShares() {
        within("share of open locations that are emergency, 30-04-2025", 0.1);
        within("mean ongoing emergency spell at 2025 month-ends (days)", 0.2);
        within("mean length of spells ended in NOODOPVANG in 2025 (days)", 0.2);
        within("share of inventoried locations meeting participatie", 0.25);
    }

    @Test
    void theLeadPipelineIsTheSenateLettersExactly() {
        assertEquals(27.0, figures.get("KSO leads in the pipeline 17-06-2026"));
        PublishedFigures.KSO_REJECTIONS_BY_REASON.forEach((reason, n) ->
                assertEquals(n.doubleValue(), figures.get("KSO rejected/on hold 2024..17-06-2026: " + reason), reason));
    }

    private static void within(String name, double tolerance) {
        double value = figures.get(name);
        double target = published.get(name);
        assertTrue(Math.abs(value - target) <= tolerance * target, name + ": " + value + " against " + target);
    }
}
