package nl.opvangmonitor.generator;

/**
 * Codes of things the generator does not model in detail: schools (BRIN) and care providers, a few
 * per municipality, derived from the municipality code so the same school keeps its code.
 */
final class Codes {
    private Codes() {
    }

    /** BRIN of school k (of a few) of a level ("P" primary, "S" secondary) in the municipality: 2 digits, 2 letters. */
    static String brin(Municipality m, String level, int k) {
        int h = Math.floorMod((m.code() + level + k).hashCode() * 0x9E3779B1, 100 * 26 * 26);
        return String.format("%02d%c%c", h % 100, (char) ('A' + h / 100 % 26), (char) ('A' + h / 2600 % 26));
    }

    /** Code of care provider k (of a few) for the soort in the municipality. */
    static String provider(Municipality m, String soort, int k) {
        int h = Math.floorMod((m.code() + soort + k).hashCode() * 0x9E3779B1, 10_000);
        return String.format("JH%04d", h);
    }
}
