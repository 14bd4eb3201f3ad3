package nl.opvangmonitor.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery days of a run: the last day of each month from --from to --to, the last one being
 * --to itself when that is not a month end. Every source delivers on each of these days; a
 * delivery holds what became known since the previous one (the first also all history before it).
 */
final class DeliveryCalendar {
    private final YearMonth first;
    private final List<LocalDate> dates = new ArrayList<>();

    DeliveryCalendar(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " lies before --from " + from);
        }
        first = YearMonth.from(from);
        for (YearMonth m = first; !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            dates.add(m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth());
        }
    }

    int size() {
        return dates.size();
    }

    LocalDate date(int delivery) {
        return dates.get(delivery);
    }

    LocalDate last() {
        return dates.get(dates.size() - 1);
    }

    /** The first delivery on or after the day (0 for days before the range), or -1 after the last delivery. */
    int deliveryFor(LocalDate day) {
        if (day.isAfter(last())) {
            return -1;
        }
        long months = ChronoUnit.MONTHS.between(first, YearMonth.from(day));
        return (int) Math.max(0, months);
    }
}
