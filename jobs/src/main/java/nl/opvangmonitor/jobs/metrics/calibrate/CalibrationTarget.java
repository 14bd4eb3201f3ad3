package nl.opvangmonitor.jobs.metrics.calibrate;

import java.util.function.Function;

/**
 * One row of synthetic-data.md's calibration table: the figure, its published value (as the
 * source words it and as a number), the seed file it comes from, and how gold gives the same
 * figure.
 */
public record CalibrationTarget(String figure, String publishedText, double published, Unit unit, String source,
                                Function<GoldFigures, GoldValue> reading) {
}
