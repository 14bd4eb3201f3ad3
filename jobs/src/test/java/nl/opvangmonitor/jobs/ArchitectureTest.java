package nl.opvangmonitor.jobs;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies of engineering.md, on the main classes: {@code cli → jobs → runtime →
 * common}, no cycles. The tools (generator, bench, the generate and demo commands) are modules of their own
 * above this one ({@code generator}, {@code tools}); the jobs' main code cannot see them, as the last rule
 * checks on the test class path, where the generator is.
 */
class ArchitectureTest {
    private static final String CLI = "nl.opvangmonitor.jobs.cli..";
    private static final String RUNTIME = "nl.opvangmonitor.jobs.runtime..";
    private static final String[] TOOLS = {"nl.opvangmonitor.generator..", "nl.opvangmonitor.tools.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.opvangmonitor");
    }

    @Test
    void onlyTheCommandLineImportsTheCommandLine() {
        noClasses().that().resideOutsideOfPackages(CLI).and().resideOutsideOfPackages(TOOLS)
                .should().dependOnClassesThat().resideInAPackage(CLI)
                .because("a job throws a failure of a kind and only Main maps kinds to exit codes")
                .check(main);
    }

    @Test
    void theRuntimeImportsNoJob() {
        noClasses().that().resideInAPackage(RUNTIME)
                .should().dependOnClassesThat(
                        resideInAPackage("nl.opvangmonitor.jobs..").and(resideOutsideOfPackage(RUNTIME)))
                .check(main);
    }

    @Test
    void theJobPackagesFormNoCycle() {
        slices().matching("nl.opvangmonitor.jobs.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noJobUsesATool() {
        noClasses().that().resideInAPackage("nl.opvangmonitor.jobs..")
                .should().dependOnClassesThat().resideInAnyPackage(TOOLS)
                .because("the job jar holds the product; the generator and the bench are tools")
                .check(main);
    }
}
