package nl.opvangmonitor.jobs.publish;

/**
 * One accepted protecting pattern as a move of cells: each cell with the direction it moves in, +1 with the
 * protected cell and -1 against it (a hypercube, or one sibling's part of a spread). Any multiple of it keeps every
 * line, so a sum of cells whose signed moves add up to 0 stays where it is however far the pattern goes.
 */
record SignedMove(int[] cells, int[] signs) {

    /** Whether the move changes the sum of the cells in {@code sum}. */
    boolean moves(java.util.Set<Integer> sum) {
        long moved = 0;
        for (int i = 0; i < cells.length; i++) {
            if (sum.contains(cells[i])) {
                moved += signs[i];
            }
        }
        return moved != 0;
    }
}
