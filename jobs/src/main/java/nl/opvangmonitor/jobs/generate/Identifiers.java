package nl.opvangmonitor.jobs.generate;

/**
 * The raw identifiers of generated persons, each a bijection of the person's (or household's)
 * index scrambled by the seed, so they are unique without remembering any: vnummer (10 digits),
 * bsn (9 digits passing the eleven-test), onderwijsnummer (9 digits), gezinsnummer.
 */
final class Identifiers {
    /** Persons one seed can number: bsns come from 9,000,000 seven-digit stems times 9 check-valid eighth digits. */
    static final long MAX_PERSONS = 81_000_000L;

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
        long stem = 1_000_000L + permute(person / 9, 4_999_997L, bsnOffset, 9_000_000L);
        int partial = 0;
        String digits = Long.toString(stem);
        for (int i = 0; i < 7; i++) {
            partial += (9 - i) * (digits.charAt(i) - '0');
        }
        int wanted = (int) (person % 9);
        for (int d8 = 0; d8 <= 9; d8++) {
            int sum = (partial + 2 * d8) % 11;
            if (sum != 10 && wanted-- == 0) {
                return digits + d8 + sum;
            }
        }
        throw new IllegalStateException("no check digit"); // unreachable: at most one d8 gives 10
    }

    /** The eleven-test of data-contract.md: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11), not all zeros. */
    static boolean passesElevenTest(String s) {
        if (s.length() != 9 || !s.chars().allMatch(Character::isDigit) || s.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (s.charAt(i) - '0');
        }
        return (sum - (s.charAt(8) - '0')) % 11 == 0;
    }

    /** An affine bijection of [0, modulus); multiplier coprime to modulus. No overflow: index < 2^27, multiplier < 2^33. */
    private static long permute(long index, long multiplier, long offset, long modulus) {
        return (index * multiplier % modulus + offset) % modulus;
    }
}
