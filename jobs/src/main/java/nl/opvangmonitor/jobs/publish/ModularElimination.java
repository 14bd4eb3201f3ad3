package nl.opvangmonitor.jobs.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * Gaussian elimination modulo the prime 2^31-1 over equations whose coefficients are +1 or -1,
 * built one equation at a time: which unknowns the equations fix on their own (a unit vector in
 * their row space), whatever the known side. Exact arithmetic, so no rounding can hide or invent a
 * determined cell; a prime this large makes a rank lost to the modulus vanishingly unlikely.
 */
final class ModularElimination {
    private static final long P = 2147483647L;
    private final int unknowns;
    /** pivotRow[j]: the stored row whose leading unknown is j (1 there), or null. */
    private final long[][] pivotRow;

    ModularElimination(int unknowns) {
        this.unknowns = unknowns;
        this.pivotRow = new long[unknowns][];
    }

    /**
     * Adds one equation, given as signed 1-based unknown numbers: {@code j + 1} for +1 times unknown
     * j, {@code -(j + 1)} for -1 times it.
     */
    void add(int[] terms) {
        long[] row = new long[unknowns];
        for (int t : terms) {
            row[Math.abs(t) - 1] = t > 0 ? 1 : P - 1;
        }
        for (int j = 0; j < unknowns; j++) {
            if (row[j] == 0) {
                continue;
            }
            long[] pivot = pivotRow[j];
            if (pivot == null) {
                scale(row, inverse(row[j]), j);
                pivotRow[j] = row;
                return;
            }
            subtract(row, row[j], pivot, j);
        }
    }

    /** The unknowns the equations determine. */
    List<Integer> determined() {
        for (int j = unknowns - 1; j >= 0; j--) {
            if (pivotRow[j] != null) {
                for (int i = 0; i < j; i++) {
                    long[] above = pivotRow[i];
                    if (above != null && above[j] != 0) {
                        subtract(above, above[j], pivotRow[j], j);
                    }
                }
            }
        }
        List<Integer> fixed = new ArrayList<>();
        for (int j = 0; j < unknowns; j++) {
            if (pivotRow[j] != null && alone(pivotRow[j], j)) {
                fixed.add(j);
            }
        }
        return fixed;
    }

    private boolean alone(long[] row, int j) {
        for (int i = j + 1; i < unknowns; i++) {
            if (row[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** row -= factor * pivot, for the columns from {@code from} on (the pivot is 0 before it). */
    private void subtract(long[] row, long factor, long[] pivot, int from) {
        for (int i = from; i < unknowns; i++) {
            if (pivot[i] != 0) {
                row[i] = Math.floorMod(row[i] - factor * pivot[i] % P, P);
            }
        }
    }

    private void scale(long[] row, long factor, int from) {
        for (int i = from; i < unknowns; i++) {
            row[i] = row[i] * factor % P;
        }
    }

    private static long inverse(long a) {
        return java.math.BigInteger.valueOf(a).modInverse(java.math.BigInteger.valueOf(P)).longValue();
    }
}
