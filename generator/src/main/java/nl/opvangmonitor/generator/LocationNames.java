package nl.opvangmonitor.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names and capacities of generated locations, in the style of COA's location lists: an emergency
 * location is named after the building it is in, and some names carry a {@code ;} or quotes, so
 * the files need CSV quoting as real extracts sometimes do.
 */
final class LocationNames {
    private LocationNames() {
    }

    private static final List<String> EMERGENCY_VENUES = List.of("Sporthal De Kuil", "Hotel Het Wapen",
            "Kantoorpand Stationsweg", "Paviljoen Oost; vleugel B", "Cruiseschip \"Silja Europa\"", "Kazerne Noord",
            "Evenementenhal De Brink", "Voormalig verpleeghuis Avondrood", "Jeugdherberg 't Veld",
            "Paviljoenterrein; units 1-12", "Bedrijfspand Industrieweg", "Congrescentrum De Ark");

    static String name(SplittableRandom r, String form, Municipality m, int slot) {
        return switch (form) {
            case "AANMELDCENTRUM" -> "Aanmeldcentrum " + (m.equals(Municipality.WESTERWOLDE) ? "Ter Apel" : "Budel")
                    + (slot >= 2 ? " " + (slot / 2 + 1) : "");
            case "AZC" -> "azc " + m.name();
            case "GEZINSLOCATIE" -> "Gezinslocatie " + m.name();
            case "AMV" -> "amv-opvang " + m.name();
            case "NIDOS_KLEINSCHALIG" -> "Nidos kleinschalige woonvoorziening " + m.name();
            case "NOODOPVANG" -> "Noodopvang " + Rand.pick(r, EMERGENCY_VENUES) + ", " + m.name();
            case "CRISISNOODOPVANG" -> "Tijdelijke gemeentelijke opvang " + m.name();
            default -> form + " " + m.name();
        };
    }

    /** Places for all residents (adults included), typical of the form. */
    static int capacity(SplittableRandom r, String form) {
        return switch (form) {
            case "AANMELDCENTRUM" -> 2000;
            case "AZC" -> Rand.between(r, 30, 100) * 10;
            case "GEZINSLOCATIE" -> Rand.between(r, 20, 40) * 10;
            case "AMV" -> Rand.between(r, 5, 15) * 10;
            case "NIDOS_KLEINSCHALIG" -> Rand.between(r, 8, 24);
            case "NOODOPVANG" -> Rand.between(r, 5, 50) * 10;
            case "CRISISNOODOPVANG" -> Rand.between(r, 2, 30) * 10;
            default -> 150;
        };
    }
}
