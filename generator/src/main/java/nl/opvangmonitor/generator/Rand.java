package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness for the generator: one independent stream per (seed, purpose, index),
 * so a household's data never depend on how many households came before it or on the defect rate.
 */
final class Rand {
    private Rand() {
    }

    /** Streams of randomness, one per purpose, so switching one purpose off changes no other. */
    static final long HOUSEHOLD = 1, DEFECTS = 2, LOCATIONS = 3, LEADS = 4, INVENTORY = 5, STATIC_DEFECTS = 6,
            CORRECTIONS = 7;

    /** A generator for (seed, stream, index), well mixed (SplitMix64 finaliser over the three). */
    static SplittableRandom stream(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(mix(seed) ^ stream * 0x9E3779B97F4A7C15L) ^ index));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static boolean chance(SplittableRandom r, double p) {
        return p > 0 && r.nextDouble() < p;
    }

    /** A whole number between lo and hi, both included. */
    static int between(SplittableRandom r, int lo, int hi) {
        return hi <= lo ? lo : lo + r.nextInt(hi - lo + 1);
    }

    /** Exponentially distributed whole days with the given mean. */
    static int expDays(SplittableRandom r, double mean) {
        return (int) Math.round(-mean * Math.log(1 - r.nextDouble()));
    }

    /** Erlang-2 distributed whole days with the given mean: fewer very short and very long values than exponential. */
    static int erlangDays(SplittableRandom r, double mean) {
        return (int) Math.round(-mean / 2 * (Math.log(1 - r.nextDouble()) + Math.log(1 - r.nextDouble())));
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    /** Index drawn with probability proportional to its weight. */
    static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day uniformly between two days, both included. */
    static LocalDate day(SplittableRandom r, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(r.nextLong(span + 1));
    }
}
