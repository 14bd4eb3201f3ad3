package nl.opvangmonitor.jobs.metrics.calibrate;

import java.util.List;

/**
 * Compares gold with the published figures: a figure is within tolerance when it lies within 10%
 * of the published value (synthetic-data.md), or within 1 of it for the small counts of the
 * Senate letter, where 10% is less than one lead.
 */
public final class Calibration {
    static final double TOLERANCE = 0.10;
    static final double MIN_ABSOLUTE_TOLERANCE = 1.0;

    private Calibration() {
    }

    /** How a figure fares. */
    public enum Status {
        OK, MISS, UNAVAILABLE
    }

    /** One compared figure with the gold value it was compared with. */
    public record Result(CalibrationTarget target, GoldValue gold, Status status) {

        /** (gold − published) / published in percent; null without a gold value. */
        public Double diffPercent() {
            return !gold.available() ? null
                    : (gold.value() - target.published()) / target.published() * 100.0;
        }
    }

    /** Reads every target from gold and judges it. */
    public static List<Result> compare(List<CalibrationTarget> targets, GoldFigures gold) {
        return targets.stream().map(t -> judge(t, t.reading().apply(gold))).toList();
    }

    static Result judge(CalibrationTarget target, GoldValue value) {
        if (!value.available()) {
            return new Result(target, value, Status.UNAVAILABLE);
        }
        double allowed = Math.max(TOLERANCE * target.published(), MIN_ABSOLUTE_TOLERANCE);
        boolean within = Math.abs(value.value() - target.published()) <= allowed;
        return new Result(target, value, within ? Status.OK : Status.MISS);
    }

    /** Whether any figure gold should hold misses or is missing (what {@code --strict} fails on). */
    public static boolean anyMiss(List<Result> results) {
        return results.stream().anyMatch(r -> r.status() == Status.MISS || r.status() == Status.UNAVAILABLE);
    }
}
