package nl.opvangmonitor.common.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.util.Map;
import java.util.function.Supplier;
import nl.opvangmonitor.common.spark.SparkSessions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The one local SparkSession of a test JVM ({@code local[2]}, UI off, two shuffle partitions,
 * Delta on, {@link #TINY_DATA_SETTINGS}), created on first use and shared by every test class, as
 * apache/iceberg's Spark test base does. DataFrame equality goes through spark-testing-base's
 * assertions (stack.md).
 */
public final class SharedSpark {
    /**
     * Spark evaluates expressions interpreted instead of generating and compiling Java code per query
     * (Spark's own test suites run this mode too): on the few rows of a test the compilation is most of
     * a query's time. RetractionTest alone (four pipeline chains on two-row deliveries): 341 s generated,
     * 248 s interpreted, 199 s interpreted with the JIT's C2 on (the pom's test JVM). The test JVMs'
     * child processes run with them as well; the demo, the bench and the cluster test of CI run the
     * generated code.
     */
    public static final Map<String, String> TINY_DATA_SETTINGS = Map.of(
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN");

    private static SparkSession session;
    private static Assertions assertions;

    private SharedSpark() {
    }

    public static synchronized SparkSession spark() {
        if (session == null) {
            SparkSession.Builder builder = SparkSessions.builder("opvangmonitor-tests");
            TINY_DATA_SETTINGS.forEach(builder::config);
            session = builder
                    .master("local[2]")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.catalogImplementation", "in-memory")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /**
     * Runs {@code work}, then puts the shared session's settings back as they were: a command run in this JVM builds
     * its session with the product's settings (shuffle partitions for the machine's cores, ...), which must not
     * change what later tests run with.
     */
    public static <T> T withSettingsRestored(Supplier<T> work) {
        RuntimeConfig conf = spark().conf();
        Map<String, String> before = CollectionConverters.asJava(conf.getAll());
        try {
            return work.get();
        } finally {
            Map<String, String> after = CollectionConverters.asJava(conf.getAll());
            after.keySet().stream().filter(k -> !before.containsKey(k) && conf.isModifiable(k)).forEach(conf::unset);
            before.forEach((k, v) -> {
                if (!v.equals(after.get(k)) && conf.isModifiable(k)) {
                    conf.set(k, v);
                }
            });
        }
    }

    /**
     * Same column names and types, and the same rows ignoring order (spark-testing-base's
     * no-order assertion); nullability is not compared, since Delta reads everything as nullable.
     */
    public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(Frames.namesAndTypes(expected.schema()),
                Frames.namesAndTypes(actual.schema()), "schema");
        assertions().assertDataFrameNoOrderEquals(
                expected.sparkSession().createDataFrame(expected.collectAsList(), actual.schema()), actual);
    }

    private static synchronized Assertions assertions() {
        if (assertions == null) {
            assertions = new Assertions();
        }
        return assertions;
    }

    /** spark-testing-base's JUnit 4 suite, used only for its assertions, bound to the shared session. */
    private static final class Assertions extends JavaDataFrameSuiteBase {
        private static final long serialVersionUID = 1L;

        @Override
        public SparkSession spark() {
            return SharedSpark.spark();
        }
    }
}
