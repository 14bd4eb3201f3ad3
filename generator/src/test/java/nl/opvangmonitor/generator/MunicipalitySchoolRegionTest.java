package nl.opvangmonitor.generator;

import static nl.opvangmonitor.common.dates.SchoolRegion.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import nl.opvangmonitor.common.dates.SchoolRegion;
import nl.opvangmonitor.common.dates.SchoolRegions;
import org.junit.jupiter.api.Test;

/** Every municipality the generator places locations in has a school region, Gelderland's by the schedule's exceptions. */
class MunicipalitySchoolRegionTest {

    @Test
    void everyGeneratorMunicipalityMapsToASchoolRegion() {
        Map<String, SchoolRegion> regions = Municipality.ALL.stream()
                .collect(Collectors.toMap(Municipality::name, m -> SchoolRegions.of(m.code(), m.province())));
        assertEquals(Municipality.ALL.size(), regions.size());
        assertEquals(ZUID, regions.get("Arnhem"));
        assertEquals(ZUID, regions.get("Nijmegen"));
        assertEquals(MIDDEN, regions.get("Apeldoorn"));
        assertEquals(MIDDEN, regions.get("Ede"));
        assertEquals(MIDDEN, regions.get("Wageningen"));
        assertEquals(MIDDEN, regions.get("Doetinchem"));
        assertEquals(NOORD, regions.get("Almere"));
        assertEquals(NOORD, regions.get("Súdwest-Fryslân"));
        assertEquals(MIDDEN, regions.get("Rotterdam"));
        assertEquals(ZUID, regions.get("Maastricht"));
    }
}
