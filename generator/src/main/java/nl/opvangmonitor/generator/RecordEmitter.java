package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import nl.opvangmonitor.common.contract.RawSource;

/**
 * Turns a record that changes over time into delivered rows: for each delivery in which one of
 * its change days falls, the row as known on that delivery day, unless it equals the row delivered
 * before. So an open stay is delivered when it starts and again with its end, a correction once it
 * is made, and nothing after the last delivery.
 */
final class RecordEmitter {
    private final DeliveryCalendar calendar;
    private final RowSink sink;

    RecordEmitter(DeliveryCalendar calendar, RowSink sink) {
        this.calendar = calendar;
        this.sink = sink;
    }

    /** Emits the record whose row on a day is {@code rowOn(day)} and that changes on {@code changeDays} (nulls ignored). */
    void emit(RawSource source, SplittableRandom defects, Function<LocalDate, String[]> rowOn, LocalDate... changeDays) {
        TreeSet<Integer> deliveries = new TreeSet<>();
        for (LocalDate day : changeDays) {
            if (day != null) {
                int d = calendar.deliveryFor(day);
                if (d >= 0) {
                    deliveries.add(d);
                }
            }
        }
        String[] last = null;
        for (int d : deliveries) {
            String[] row = rowOn.apply(calendar.date(d));
            if (!Arrays.equals(row, last)) {
                sink.row(source, d, row, defects);
                last = row;
            }
        }
    }
}
