package nl.opvangmonitor.generator;

import java.util.SplittableRandom;
import nl.opvangmonitor.common.contract.RawSource;

/** Where delivered rows go; {@code defects} is the random stream of the record's owner, for corrupted copies. */
interface RowSink {
    void row(RawSource source, int delivery, String[] fields, SplittableRandom defects);
}
