package nl.opvangmonitor.generator;

import nl.opvangmonitor.common.privacy.Bsn;

/**
 * The raw identifiers of generated persons, each a bijection of the person's (or household's)
 * index scrambled by the seed, so they are unique without remembering any: vnummer (10 digits),
 * bsn (9 digits passing the eleven-test), onderwijsnummer (9 digits), gezinsnummer.
 */
public final class Identifiers {
    /** Persons one seed can number: bsns come from 9,000,000 seven-digit stems times 9 check-valid eighth digits. */
    public static final long MAX_PERSONS = 81_000_000L;

    private final long vOffset, bsnOffset, onderwijsOffset, familyOffset;

    Identifiers(long seed) {
        java.util.SplittableRandom r = Rand.stream(seed, 0, 0);
        vOffset = r.nextLong(9_000_000_000L);
        bsnOffset = r.nextLong(9_000_000L);
        onderwijsOffset = r.nextLong(900_000_000L);
        familyOffset = r.nextLong(100_000_000L);
    }

    String vnummer(long person) {
        return Long.toString(1_000_000_000L + permute(person, 7_919_191_913L, vOffset, 9_000_000_000L));
    }

    String onderwijsnummer(long person) {
        return Long.toString(100_000_000L + permute(person, 123_456_791L, onderwijsOffset, 900_000_000L));
    }

    String gezinsnummer(long household) {
        return String.format("G%08d", permute(household, 37_454_321L, familyOffset, 100_000_000L));
    }

    /** Seven scrambled digits from person / 9, then the (person % 9)-th eighth digit that admits a check digit. */
    String bsn(long person) {
        if (person >= MAX_PERSONS) {
            throw new IllegalArgumentException("at most " + MAX_PERSONS + " persons have distinct bsns");
        }
        String digits = Long.toString(1_000_000L + permute(person / 9, 4_999_997L, bsnOffset, 9_000_000L));
        int wanted = (int) (person % 9);
        for (int d8 = 0; d8 <= 9; d8++) {
            int check = Bsn.checkDigit(digits + d8);
            if (check >= 0 && wanted-- == 0) {
                return digits + d8 + check;
            }
        }
        throw new IllegalStateException("no check digit"); // unreachable: at most one d8 gives 10
    }

    /** An affine bijection of [0, modulus); multiplier coprime to modulus. No overflow: index < 2^27, multiplier < 2^33. */
    private static long permute(long index, long multiplier, long offset, long modulus) {
        return (index * multiplier % modulus + offset) % modulus;
    }
}
