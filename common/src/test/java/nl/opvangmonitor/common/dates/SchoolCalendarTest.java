package nl.opvangmonitor.common.dates;

import static nl.opvangmonitor.common.dates.SchoolRegion.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolCalendarTest {
    private static final SchoolCalendar OFFICIAL = SchoolCalendar.official();
    private static final SchoolCalendar WEEKDAYS = SchoolCalendar.weekdays();

    private static long days(SchoolCalendar c, SchoolRegion r, String from, String toExclusive) {
        return c.schoolDaysBetween(r, LocalDate.parse(from), LocalDate.parse(toExclusive));
    }

    private static boolean schoolDay(SchoolRegion r, String day) {
        return days(OFFICIAL, r, day, LocalDate.parse(day).plusDays(1).toString()) == 1;
    }

    /** The last school day before and the first after one holiday per school year, against the Rijksoverheid schedule. */
    @ParameterizedTest
    @CsvSource({
            "midden, 2019-02-22, 2019-03-04",   // voorjaarsvakantie 2019 midden 23 Feb - 3 Mar
            "zuid,   2019-10-11, 2019-10-21",   // herfstvakantie 2019 zuid 12-20 Oct
            "noord,  2020-07-03, 2020-08-17",   // zomervakantie 2020 noord 4 Jul - 16 Aug
            "midden, 2021-02-19, 2021-03-01",   // voorjaarsvakantie 2021 midden 20-28 Feb
            "zuid,   2022-07-22, 2022-09-05",   // zomervakantie 2022 zuid 23 Jul - 4 Sep
            "noord,  2023-07-21, 2023-09-04",   // zomervakantie 2023 noord 22 Jul - 3 Sep
            "midden, 2023-12-22, 2024-01-08",   // kerstvakantie 2023/2024
            "noord,  2025-07-11, 2025-08-25",   // zomervakantie 2025 noord 12 Jul - 24 Aug
            "midden, 2025-07-18, 2025-09-01",   // zomervakantie 2025 midden 19 Jul - 31 Aug
            "zuid,   2025-07-04, 2025-08-18",   // zomervakantie 2025 zuid 5 Jul - 17 Aug
            "noord,  2026-02-20, 2026-03-02",   // voorjaarsvakantie 2026 noord 21 Feb - 1 Mar
            "midden, 2027-04-30, 2027-05-10",   // meivakantie 2027 1-9 May
            "zuid,   2028-02-25, 2028-03-06"})  // voorjaarsvakantie 2028 zuid 26 Feb - 5 Mar
    void holidaysFollowTheSchedule(String region, String lastBefore, String firstAfter) {
        SchoolRegion r = SchoolRegion.ofCode(region);
        assertTrue(schoolDay(r, lastBefore), lastBefore);
        assertTrue(schoolDay(r, firstAfter), firstAfter);
        assertEquals(1, days(OFFICIAL, r, lastBefore, firstAfter), "nothing but the holiday in between");
        assertEquals(LocalDate.parse(lastBefore), OFFICIAL.lastSchoolDayBefore(r, LocalDate.parse(firstAfter)));
        assertEquals(LocalDate.parse(firstAfter), OFFICIAL.firstSchoolDayFrom(r, LocalDate.parse(lastBefore).plusDays(1)));
    }

    @Test
    void publicHolidaysOnTheSpecsListCloseSchoolsAndNoOthers() {
        assertFalse(schoolDay(NOORD, "2025-04-21"), "Tweede Paasdag");
        assertFalse(schoolDay(MIDDEN, "2024-05-09"), "Hemelvaartsdag");
        assertFalse(schoolDay(ZUID, "2024-05-20"), "Tweede Pinksterdag");
        assertFalse(schoolDay(NOORD, "2023-04-27"), "Koningsdag");
        assertFalse(schoolDay(MIDDEN, "2025-05-05"), "Bevrijdingsdag in a lustrum year (2025, a Monday)");
        assertTrue(schoolDay(MIDDEN, "2026-05-05"), "Bevrijdingsdag 2026 is no lustrum");
        assertTrue(schoolDay(NOORD, "2025-04-18"), "Goede Vrijdag is in Jollyday, not in the spec's list");
        assertFalse(SchoolClosingHolidays.closesSchools("LIBERATION", LocalDate.of(2024, 5, 5)));
        assertTrue(SchoolClosingHolidays.closesSchools("LIBERATION", LocalDate.of(2030, 5, 5)));
        assertFalse(SchoolClosingHolidays.closesSchools("christian.GOOD_FRIDAY", LocalDate.of(2025, 4, 18)));
        // Hemelvaart week 2026: Thursday 14 May closed, the other four days school days
        assertEquals(4, days(OFFICIAL, NOORD, "2026-05-11", "2026-05-16"));
    }

    @Test
    void aWholeSchoolYearCountsByHand() {
        // 2024/2025 in zuid, 19 Aug 2024 to 4 Jul 2025: 46 weeks = 230 weekdays, minus herfst 5, kerst 10,
        // voorjaar 5, mei 5, minus Tweede Paasdag 21 Apr, Bevrijdingsdag 5 May (lustrum), Hemelvaart 29 May,
        // Tweede Pinksterdag 9 Jun (Koningsdag 2025 falls on Saturday 26 Apr) = 201
        assertEquals(201, days(OFFICIAL, ZUID, "2024-08-19", "2025-07-05"));
        assertEquals(201, days(OFFICIAL, ZUID, "2024-08-01", "2025-08-01"), "summer weeks hold no school day");
    }

    @Test
    void weekdaysIgnoreHolidaysAndRegions() {
        assertEquals(5, days(WEEKDAYS, null, "2025-07-14", "2025-07-21"));
        assertEquals(0, days(WEEKDAYS, null, "2025-07-19", "2025-07-21"));
        assertEquals(8, days(WEEKDAYS, null, "2024-12-25", "2025-01-04"));
        assertEquals(LocalDate.of(2025, 7, 21), WEEKDAYS.firstSchoolDayFrom(null, LocalDate.of(2025, 7, 19)));
        assertEquals(LocalDate.of(2025, 7, 18), WEEKDAYS.lastSchoolDayBefore(null, LocalDate.of(2025, 7, 21)));
        assertEquals("WEEKDAYS", SchoolCalendar.named("weekdays").label());
        assertEquals("SCHOOL_CALENDAR", SchoolCalendar.named("school").label());
    }

    @Test
    void aSchoolYearWithoutDataIsAnErrorNamingTheYear() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OFFICIAL.requireCovers(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 9, 1)));
        assertTrue(e.getMessage().startsWith("no school calendar for school year 2028/2029"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> days(OFFICIAL, NOORD, "2018-07-01", "2018-09-01"));
        OFFICIAL.requireCovers(LocalDate.of(2018, 8, 1), LocalDate.of(2028, 7, 31));
        assertTrue(OFFICIAL.covers(LocalDate.of(2018, 8, 1), LocalDate.of(2028, 7, 31)));
        assertFalse(OFFICIAL.covers(LocalDate.of(2018, 7, 31), LocalDate.of(2019, 1, 1)));
        assertFalse(OFFICIAL.covers(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 8, 1)));
    }

    @Test
    void municipalitiesMapByProvinceWithTheScheduleSExceptions() {
        assertEquals(NOORD, SchoolRegions.of("GM0363", "Noord-Holland"));
        assertEquals(MIDDEN, SchoolRegions.of("GM0200", "Gelderland"), "Apeldoorn");
        assertEquals(ZUID, SchoolRegions.of("GM0268", "Gelderland"), "Nijmegen");
        assertEquals(NOORD, SchoolRegions.of("GM0244", "Gelderland"), "Hattem");
        assertEquals(MIDDEN, SchoolRegions.of("GM0050", "Flevoland"), "Zeewolde");
        assertEquals(NOORD, SchoolRegions.of("GM0034", "Flevoland"), "Almere");
        assertEquals(NOORD, SchoolRegions.of("GM0080", "Fryslân"));
        assertThrows(IllegalArgumentException.class, () -> SchoolRegions.of("GM9999", "ONBEKEND"));
    }
}
