package nl.opvangmonitor.generator;

import nl.opvangmonitor.common.dates.SchoolCalendar;
import nl.opvangmonitor.common.dates.SchoolRegions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.contract.RawSource;
import nl.opvangmonitor.generator.LatestRecords.Rec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivered data tell one consistent story (synthetic-data.md, "Internally consistent"):
 * relocations match the stays they end and start, closures move residents, intake comes first,
 * amv turning 18 move, school registrations end around moves, care breaks off after moves.
 */
class ConsistencyTest {
    static final LocalDate LAST = GeneratorRuns.TO;
    @TempDir
    static Path out;
    static LatestRecords latest;
    static Map<String, Rec> locations;
    static Map<String, List<Rec>> staysByPerson;
    static Map<String, List<Rec>> movesByPerson;

    @BeforeAll
    static void generate() {
        GeneratorRuns.run(out, 3000, 21, 0);
        latest = new LatestRecords(RawZone.read(out));
        locations = latest.locations();
        staysByPerson = byPerson(latest.all(RawSource.COA_BEWONING), "datum_instroom");
        movesByPerson = byPerson(latest.all(RawSource.COA_VERHUISBEWEGINGEN), "datum_verhuizing");
    }

    @Test
    void everyRelocationEndsTheStayAtVanAndStartsTheStayAtNaarThatDay() {
        List<Rec> moves = latest.all(RawSource.COA_VERHUISBEWEGINGEN);
        assertTrue(moves.size() > 3000, "moves: " + moves.size());
        for (Rec m : moves) {
            List<Rec> stays = staysByPerson.get(m.get("vnummer"));
            LocalDate day = m.date("datum_verhuizing");
            assertTrue(stays.stream().anyMatch(s -> s.get("locatiecode").equals(m.get("van_locatiecode"))
                    && day.equals(s.date("datum_uitstroom"))), "stay ending at van: " + m.fields());
            assertTrue(stays.stream().anyMatch(s -> s.get("locatiecode").equals(m.get("naar_locatiecode"))
                    && day.equals(s.date("datum_instroom"))), "stay starting at naar: " + m.fields());
        }
    }

    @Test
    void closuresMoveEveryResidentOutOnTheClosingDay() {
        for (Rec s : latest.all(RawSource.COA_BEWONING)) {
            LocalDate close = locations.get(s.get("locatiecode")).date("datum_sluiting");
            LocalDate end = s.date("datum_uitstroom");
            if (close != null) {
                assertTrue(end != null ? !end.isAfter(close) : close.isAfter(LAST), "stay past closing: " + s.fields());
            }
        }
        List<Rec> closureMoves = latest.all(RawSource.COA_VERHUISBEWEGINGEN).stream()
                .filter(m -> m.get("reden").equals("SLUITING_LOCATIE")).toList();
        assertTrue(closureMoves.size() > 20, "closure moves: " + closureMoves.size());
        for (Rec m : closureMoves) {
            assertEquals(locations.get(m.get("van_locatiecode")).date("datum_sluiting"), m.date("datum_verhuizing"));
        }
    }

    @Test
    void everyonesFirstStayAndFirstRelocationAreAtTheIntakeCentre() {
        assertEquals(3000, staysByPerson.size());
        staysByPerson.forEach((v, stays) -> assertEquals("AANMELDCENTRUM",
                locations.get(stays.get(0).get("locatiecode")).get("opvangvorm"), v));
        movesByPerson.forEach((v, moves) -> assertEquals("AANMELDCENTRUM",
                locations.get(moves.get(0).get("van_locatiecode")).get("opvangvorm"), v));
    }

    @Test
    void amvTurning18InAmvReceptionMostlyMoveOftenToAnotherProvince() {
        int turned = 0;
        int moved = 0;
        for (Map.Entry<String, List<Rec>> e : staysByPerson.entrySet()) {
            List<Rec> stays = e.getValue();
            Rec last = stays.get(stays.size() - 1);
            LocalDate eighteen = last.date("geboortedatum").plusYears(18);
            boolean inAmvReception = stays.stream().anyMatch(s -> covers(s, eighteen)
                    && List.of("AMV", "NIDOS_KLEINSCHALIG").contains(form(s.get("locatiecode"))));
            if (last.get("amv").equals("J") && inAmvReception && last.date("datum_uitstroom") != null) {
                turned++;
                moved += movesByPerson.getOrDefault(e.getKey(), List.of()).stream()
                        .anyMatch(m -> m.get("reden").equals("MEERDERJARIG")) ? 1 : 0;
            }
        }
        assertTrue(turned > 30, "amv who turned 18 in amv reception and left: " + turned);
        assertTrue(moved >= 0.7 * turned, moved + " of " + turned + " moved");
        List<Rec> adultMoves = latest.all(RawSource.COA_VERHUISBEWEGINGEN).stream()
                .filter(m -> m.get("reden").equals("MEERDERJARIG")).toList();
        long otherProvince = adultMoves.stream().filter(m -> !province(m.get("van_locatiecode"))
                .equals(province(m.get("naar_locatiecode")))).count();
        assertTrue(otherProvince >= 0.4 * adultMoves.size(), otherProvince + " of " + adultMoves.size());
        for (Rec m : adultMoves) {
            Rec stay = staysByPerson.get(m.get("vnummer")).get(0);
            assertEquals("J", stay.get("amv"));
            assertTrue(!stay.date("geboortedatum").plusYears(18).isAfter(m.date("datum_verhuizing")), m.fields().toString());
            assertEquals("AZC", form(m.get("naar_locatiecode")));
        }
    }

    @Test
    void schoolRegistrationsEndAroundAMoveToAnotherMunicipalityAndRestartAfterAGap() {
        Map<String, String> personOfBsn = new HashMap<>();
        latest.all(RawSource.COA_BEWONING).stream().filter(s -> !s.get("bsn").isEmpty())
                .forEach(s -> personOfBsn.put(s.get("bsn"), s.get("vnummer")));
        Map<String, List<Rec>> schoolByPerson = latest.all(RawSource.DUO_INSCHRIJVINGEN).stream()
                .filter(r -> personOfBsn.containsKey(r.get("bsn")))
                .collect(Collectors.groupingBy(r -> personOfBsn.get(r.get("bsn"))));
        int checked = 0;
        for (Map.Entry<String, List<Rec>> e : movesByPerson.entrySet()) {
            for (Rec m : e.getValue()) {
                LocalDate day = m.date("datum_verhuizing");
                String from = m.get("van_locatiecode");
                if (form(from).equals("AANMELDCENTRUM") || day.isAfter(LAST.minusDays(5))
                        || municipality(from).equals(municipality(m.get("naar_locatiecode")))) {
                    continue;
                }
                for (Rec r : schoolByPerson.getOrDefault(e.getKey(), List.of())) {
                    if (covers(r, "datum_inschrijving", "datum_uitschrijving", day.minusDays(4))) {
                        LocalDate end = r.date("datum_uitschrijving");
                        assertTrue(end != null && Math.abs(end.toEpochDay() - day.toEpochDay()) <= 3, r.fields() + " / " + m.fields());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100, "registrations open at a move: " + checked);
        double[] gapSum = new double[2];
        int[] gaps = new int[2];
        schoolByPerson.forEach((person, regs) -> {
            regs.sort(Comparator.comparing(r -> r.date("datum_inschrijving")));
            for (int i = 1; i < regs.size(); i++) {
                LocalDate end = regs.get(i - 1).date("datum_uitschrijving");
                LocalDate start = regs.get(i).date("datum_inschrijving");
                assertTrue(end != null && !start.isBefore(end), "overlapping registrations of " + person);
                if (regs.get(i - 1).get("reden_uitschrijving").equals("VERHUIZING")) {
                    boolean emergency = staysByPerson.get(person).stream().anyMatch(s -> covers(s, start)
                            && List.of("NOODOPVANG", "CRISISNOODOPVANG").contains(form(s.get("locatiecode"))));
                    gapSum[emergency ? 1 : 0] += start.toEpochDay() - end.toEpochDay();
                    gaps[emergency ? 1 : 0]++;
                }
            }
        });
        assertTrue(gaps[0] > 20 && gaps[1] > 20, "gaps regular/emergency: " + gaps[0] + "/" + gaps[1]);
        assertTrue(gapSum[1] / gaps[1] > gapSum[0] / gaps[0], "mean gap in emergency reception is longer");
    }

    @Test
    void schoolRegistrationsStartOnASchoolDayOfTheirMunicipalitysRegion() {
        Map<String, Municipality> byCode = Municipality.ALL.stream()
                .collect(Collectors.toMap(Municipality::code, m -> m));
        SchoolCalendar calendar = SchoolCalendar.official();
        // registrations in the school years the calendar covers (the generator runs before 2019 too)
        List<Rec> registrations = latest.all(RawSource.DUO_INSCHRIJVINGEN).stream()
                .filter(r -> calendar.covers(r.date("datum_inschrijving"), r.date("datum_inschrijving").plusWeeks(8)))
                .toList();
        for (Rec r : registrations) {
            Municipality m = byCode.get(r.get("gemeentecode"));
            LocalDate start = r.date("datum_inschrijving");
            assertEquals(start, calendar.firstSchoolDayFrom(SchoolRegions.of(m.code(), m.province()), start),
                    "a registration starting outside school days: " + r.fields());
        }
        assertTrue(registrations.size() > 1000, "registrations: " + registrations.size());
    }

    @Test
    void careBreaksOffAfterAMoveToAnotherMunicipalitySometimesResuming() {
        List<Rec> care = latest.all(RawSource.JEUGDHULP_TRAJECTEN);
        Map<String, List<Rec>> bySoort = care.stream().collect(Collectors.groupingBy(r -> r.get("bsn") + r.get("soort")));
        int external = 0;
        int transferred = 0;
        int resumedLater = 0;
        for (List<Rec> list : bySoort.values()) {
            list.sort(Comparator.comparing(r -> r.date("datum_start")));
            for (int i = 0; i < list.size(); i++) {
                Rec t = list.get(i);
                boolean ext = List.of("VOORTIJDIG_EXTERN", "05").contains(t.get("reden_beeindiging"));
                external += ext ? 1 : 0;
                if (i + 1 < list.size()) {
                    long gap = list.get(i + 1).date("datum_start").toEpochDay() - t.date("datum_einde").toEpochDay();
                    assertTrue(gap >= 0, "overlapping trajectories " + t.fields());
                    transferred += ext && gap <= 30 ? 1 : 0;
                    resumedLater += ext && gap > 30 ? 1 : 0;
                }
            }
        }
        assertTrue(external > 10 && transferred > 3 && resumedLater > 0,
                "external " + external + ", transferred " + transferred + ", resumed later " + resumedLater);
    }

    @Test
    void identifiersAreUniqueAndSomeChildrenNeverGetABsn() {
        Map<String, Set<String>> bsnsOfPerson = new HashMap<>();
        Map<String, Set<String>> personsOfBsn = new HashMap<>();
        for (Rec s : latest.all(RawSource.COA_BEWONING)) {
            bsnsOfPerson.computeIfAbsent(s.get("vnummer"), k -> new HashSet<>());
            if (!s.get("bsn").isEmpty()) {
                bsnsOfPerson.get(s.get("vnummer")).add(s.get("bsn"));
                personsOfBsn.computeIfAbsent(s.get("bsn"), k -> new HashSet<>()).add(s.get("vnummer"));
            }
        }
        assertTrue(bsnsOfPerson.values().stream().allMatch(b -> b.size() <= 1));
        assertTrue(personsOfBsn.values().stream().allMatch(p -> p.size() == 1));
        long without = bsnsOfPerson.values().stream().filter(Set::isEmpty).count();
        assertTrue(without > 100 && without < 1000, "children without bsn: " + without);
        assertTrue(latest.all(RawSource.DUO_INSCHRIJVINGEN).stream().anyMatch(r -> !r.get("onderwijsnummer").isEmpty()));
    }

    private static Map<String, List<Rec>> byPerson(List<Rec> records, String dateColumn) {
        Map<String, List<Rec>> map = records.stream().collect(Collectors.groupingBy(r -> r.get("vnummer")));
        map.values().forEach(l -> l.sort(Comparator.comparing(r -> r.date(dateColumn))));
        return map;
    }

    private static boolean covers(Rec stay, LocalDate day) {
        return covers(stay, "datum_instroom", "datum_uitstroom", day);
    }

    private static boolean covers(Rec r, String startColumn, String endColumn, LocalDate day) {
        LocalDate end = r.date(endColumn);
        return !day.isBefore(r.date(startColumn)) && (end == null || day.isBefore(end));
    }

    private static String form(String location) {
        return locations.get(location).get("opvangvorm");
    }

    private static String province(String location) {
        return locations.get(location).get("provincie");
    }

    private static String municipality(String location) {
        return locations.get(location).get("gemeentecode");
    }
}
