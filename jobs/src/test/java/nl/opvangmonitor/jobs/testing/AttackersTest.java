package nl.opvangmonitor.jobs.testing;

import static nl.opvangmonitor.common.testing.Frames.d;
import static nl.opvangmonitor.common.testing.Frames.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.opvangmonitor.common.tables.Layer;
import nl.opvangmonitor.common.tables.TableDef;
import nl.opvangmonitor.common.testing.Frames;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The two attackers on a 4x4 table whose hidden cells form two closed 2x2 groups joined by one
 * cell (a,z): every line has two or three unknowns, so line-by-line subtraction gets nothing, but
 * rows a+b minus columns x+y leave (a,z) alone, which the linear attacker finds.
 */
class AttackersTest {
    private static final TableDef TABLE = TableDef.builder(Layer.GOLD, "bridge").time("month").dim("r").dim("c")
            .count("persons").keys("month", "r", "c").build();
    private static final Set<String> HIDDEN = Set.of("ax", "ay", "bx", "by", "cz", "cw", "dz", "dw", "az");

    @Test
    void aBridgeBetweenTwoClosedGroupsEscapesTheLineAttackButNotTheLinearOne() {
        Dataset<Row> published = bridgeTable();

        assertEquals(List.of(), RecoveryAttack.attack(published, TABLE));
        assertEquals(List.of("[2026-01-31, a, z]/persons"), LinearAttack.determined(published, TABLE));
    }

    private static Dataset<Row> bridgeTable() {
        String[] rs = {"a", "b", "c", "d"};
        String[] cs = {"x", "y", "z", "w"};
        List<Row> rows = new ArrayList<>();
        long[] colSums = new long[cs.length];
        for (int i = 0; i < rs.length; i++) {
            long rowSum = 0;
            for (int j = 0; j < cs.length; j++) {
                long v = 10 + i * 4 + j;
                rowSum += v;
                colSums[j] += v;
                rows.add(row(d("2026-01-31"), rs[i], cs[j], HIDDEN.contains(rs[i] + cs[j]) ? null : v));
            }
            rows.add(row(d("2026-01-31"), rs[i], "ALL", rowSum));
        }
        long grand = 0;
        for (int j = 0; j < cs.length; j++) {
            rows.add(row(d("2026-01-31"), "ALL", cs[j], colSums[j]));
            grand += colSums[j];
        }
        rows.add(row(d("2026-01-31"), "ALL", "ALL", grand));
        return Frames.frame(TABLE.schema(), rows.toArray(Row[]::new));
    }
}
