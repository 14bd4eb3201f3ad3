package nl.opvangmonitor.generator;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every rate and size the generator uses, in one place, with the two presets of the command line.
 * {@link #national()} targets the published figures of synthetic-data.md; the reasoning behind each
 * value is in docs/generator.md. All durations are in days unless the name says otherwise.
 */
public record GeneratorParameters(String scale, int persons, Population population, Reception reception,
        School school, Care care, Locations locations, Quality quality) {

    /** Who arrives: households, ages, identifiers. */
    public record Population(
            /** Share of households that are one unaccompanied minor (the rest are families). */
            double amvHouseholdShare,
            /** Relative weights of families with 1, 2, 3, 4 minor children. */
            double[] familyChildrenWeights,
            /** Relative weights of amv ages 12..17 at application. */
            double[] amvAgeWeights,
            /** Share of children that never get a bsn while in the data. */
            double noBsnShare,
            /** Mean days from application to bsn registration (the rest get one). */
            double bsnDelayMeanDays,
            /** Share of children first registered with 1 January as birth day, corrected later. */
            double birthDateCorrectionShare,
            /** Years of history simulated before --from, so the stock on --from is realistic. */
            int warmupYears) {
    }

    /** How children move through reception. */
    public record Reception(
            double familyStayMeanDays,
            double amvStayMeanDays,
            int maxStayDays,
            double intakeMeanDays,
            /** Share of family children placed in emergency reception after intake. */
            double familyEmergencyShare,
            double amvEmergencyShare,
            /** Share of emergency placements that start in crisis emergency reception. */
            double crisisFirstShare,
            double crisisMeanDays,
            /** Mean length of an emergency spell (chained NOODOPVANG/CRISISNOODOPVANG stays). */
            double emergencySpellMeanDays,
            double emergencyMovesPerYear,
            double regularMovesPerYear,
            double amvUnder15NidosShare,
            double familyGezinslocatieShare,
            double familyKsoShare,
            /** Share of amv in amv reception who move when they turn 18 (reason MEERDERJARIG). */
            double amvAdultMoveShare,
            /** Mean days an amv stays in amv reception after turning 18 before that move. */
            double amvAdultMoveDelayMeanDays,
            double amvAdultOtherProvinceShare) {
    }

    /** School registrations (DUO). */
    public record School(
            double firstDelayRegularMeanDays,
            double firstDelayEmergencyMeanDays,
            double gapRegularMeanDays,
            double gapEmergencyMeanDays,
            double keepSchoolWithinMunicipalityShare,
            /** Registrations end this many days before or after a relocation, at most. */
            int moveJitterDays,
            double aanmeldingMissingShare,
            double aanmeldingWaitMeanDays,
            double endAt18Share,
            double leaveAbroadShare,
            double schoolSwitchAt12Share) {
    }

    /** Youth-care trajectories (municipalities). */
    public record Care(
            /** Per soort (AMBULANT, VERBLIJF, JEUGDBESCHERMING, JEUGDRECLASSERING): share of family children with one. */
            double[] familyShares,
            double[] amvShares,
            double durationMeanDays,
            /** At a move to another municipality: care goes on unchanged. */
            double continueOnMoveShare,
            /** ... ends (VOORTIJDIG_EXTERN) and a new trajectory starts within 30 days. */
            double transferShare,
            /** ... ends and resumes 31..180 days later; the rest ends for good. */
            double resumeLaterShare,
            double endAtExitShare,
            /** Share of municipalities whose systems deliver end reasons as codes 01..05. */
            double numericReasonMunicipalityShare) {
    }

    /** Reception locations, the inventory and the small-scale leads. */
    public record Locations(
            /** Locations open at any time, per opvangvorm (KSO comes from the leads in use). */
            Map<String, Integer> slots,
            int emergencyLifeMinDays,
            int emergencyLifeMaxDays,
            int crisisLifeMinDays,
            int crisisLifeMaxDays,
            int regularLifeMinYears,
            int regularLifeMaxYears,
            /** Copies of the Senate letter's lead pipeline (27 in the pipeline, 50 rejected, ...). */
            int leadMultiplier,
            /** Per criterion in contract order: share of regular locations meeting it. */
            double[] regularCriteria,
            double[] emergencyCriteria,
            /** Added to the hard criteria's shares in the second inventory round. */
            double secondRoundHardImprovement) {

        /** The same locations with other slot counts and lead multiplier. */
        Locations with(Map<String, Integer> otherSlots, int otherLeadMultiplier) {
            return new Locations(otherSlots, emergencyLifeMinDays, emergencyLifeMaxDays, crisisLifeMinDays,
                    crisisLifeMaxDays, regularLifeMinYears, regularLifeMaxYears, otherLeadMultiplier, regularCriteria,
                    emergencyCriteria, secondRoundHardImprovement);
        }
    }

    /** Defects and corrections on purpose. */
    public record Quality(double defectRate, double correctionRate) {
    }

    /** Persons of the national preset: the number whose stock on 26 January 2026 is a little over 19,000 minors. */
    public static final int NATIONAL_PERSONS = 55_500;

    /** Parameters that target the published figures (synthetic-data.md, calibration table). */
    public static GeneratorParameters national() {
        Map<String, Integer> slots = new LinkedHashMap<>();
        slots.put("AANMELDCENTRUM", 2);
        slots.put("AZC", 60);
        slots.put("GEZINSLOCATIE", 6);
        slots.put("AMV", 30);
        slots.put("NIDOS_KLEINSCHALIG", 12);
        slots.put("NOODOPVANG", 190);
        slots.put("CRISISNOODOPVANG", 25);
        return new GeneratorParameters("national", NATIONAL_PERSONS,
                new Population(0.5, new double[] {0.35, 0.35, 0.2, 0.1},
                        new double[] {0.04, 0.06, 0.12, 0.2, 0.28, 0.3}, 0.12, 30, 0.01, 5),
                new Reception(600, 800, 5 * 365, 12, 0.92, 0.92, 0.46, 90, 360, 1.0, 0.5, 0.7, 0.05, 0.05,
                        0.85, 300, 0.6),
                new School(35, 80, 12, 35, 0.8, 3, 0.1, 14, 0.6, 0.08, 0.5),
                new Care(new double[] {0.08, 0.01, 0.02, 0.005}, new double[] {0.1, 0.02, 0.25, 0.02}, 240,
                        0.3, 0.35, 0.15, 0.5, 0.25),
                new Locations(slots, 180, 900, 60, 300, 5, 25, 1,
                        new double[] {0.92, 0.97, 0.9, 0.95, 0.93, 0.85, 0.9, 0.85, 0.8, 0.72},
                        new double[] {0.75, 0.9, 0.7, 0.85, 0.8, 0.5, 0.35, 0.55, 0.65, 0.57}, 0.03),
                new Quality(0.005, 0.01));
    }

    /** A few hundred persons with every kind of location present: the demo and the tests. */
    public static GeneratorParameters small() {
        GeneratorParameters n = national();
        Map<String, Integer> slots = new LinkedHashMap<>();
        slots.put("AANMELDCENTRUM", 1);
        slots.put("AZC", 3);
        slots.put("GEZINSLOCATIE", 1);
        slots.put("AMV", 2);
        slots.put("NIDOS_KLEINSCHALIG", 1);
        slots.put("NOODOPVANG", 8);
        slots.put("CRISISNOODOPVANG", 2);
        return new GeneratorParameters("small", 400, n.population(), n.reception(), n.school(), n.care(),
                n.locations().with(slots, 1), n.quality());
    }

    /** The preset of a --scale name. */
    public static GeneratorParameters preset(String scale) {
        return switch (scale) {
            case "small" -> small();
            case "national" -> national();
            default -> throw new IllegalArgumentException("unknown scale " + scale + " (small or national)");
        };
    }

    /**
     * The same parameters for another number of persons: locations scale with the persons (at least
     * one per opvangvorm), the lead pipeline with the multiple of the national population.
     */
    public GeneratorParameters withPersons(int n) {
        double factor = (double) n / persons;
        Map<String, Integer> slots = new LinkedHashMap<>();
        locations.slots().forEach((form, count) -> slots.put(form, Math.max(1, (int) Math.round(count * factor))));
        int leads = Math.max(1, (int) Math.round((double) n / NATIONAL_PERSONS));
        return new GeneratorParameters(scale, n, population, reception, school, care, locations.with(slots, leads),
                quality);
    }

    public GeneratorParameters withDefectRate(double rate) {
        return new GeneratorParameters(scale, persons, population, reception, school, care, locations,
                new Quality(rate, quality.correctionRate()));
    }

    /** Every parameter as {@code group.name = value} lines, for _manifest/parameters.txt. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        describe("", this, lines);
        return lines;
    }

    private static void describe(String prefix, Record record, List<String> lines) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Record nested) {
                describe(prefix + c.getName() + ".", nested, lines);
            } else {
                lines.add(prefix + c.getName() + " = " + text(value));
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%s", d);
        }
        return String.valueOf(value);
    }
}
