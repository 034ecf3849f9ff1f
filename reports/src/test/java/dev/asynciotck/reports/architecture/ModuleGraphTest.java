package dev.asynciotck.reports.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modules' dependency graph, one way along the pipeline, checked on the compiled classes (the Maven
 * enforcer checks the same graph on the declared dependencies): spec and interpreter see the SPI only (spec
 * also Cucumber's Gherkin parser), the harness sees the interpreter and the spec, the GraalPy targets see the
 * harness (their server only GraalPy's polyglot API), the steps see the harness, and nothing but the reports sees
 * the reports. Every module's main classes are on this module's test class
 * path, so the whole graph is checked here.
 */
class ModuleGraphTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.asynciotck");
    }

    @Test
    void theSpiDependsOnNothing() {
        classes().that().resideInAPackage("dev.asynciotck.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.asynciotck.spi..")
                .check(classes);
    }

    @Test
    void theReferenceDependsOnTheSpiOnly() {
        classes().that().resideInAPackage("dev.asynciotck.reference..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jdk.internal.vm..",
                        "dev.asynciotck.spi..", "dev.asynciotck.reference..")
                .check(classes);
    }

    @Test
    void theSpecificationModelDependsOnTheSpiAndGherkinOnly() {
        classes().that().resideInAPackage("dev.asynciotck.spec..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.asynciotck.spi..",
                        "dev.asynciotck.spec..", "io.cucumber.gherkin..", "io.cucumber.messages..",
                        "io.cucumber.tagexpressions..")
                .check(classes);
    }

    @Test
    void theInterpreterDependsOnTheSpiOnly() {
        classes().that().resideInAPackage("dev.asynciotck.interpreter..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.asynciotck.spi..",
                        "dev.asynciotck.interpreter..")
                .check(classes);
    }

    @Test
    void theHarnessDependsOnTheInterpreterTheSpecAndTheSpiOnly() {
        classes().that().resideInAPackage("dev.asynciotck.harness..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.asynciotck.spi..",
                        "dev.asynciotck.interpreter..", "dev.asynciotck.spec..", "dev.asynciotck.harness..")
                .check(classes);
    }

    @Test
    void theGraalPyTargetsSeeTheHarnessAndTheirServerSeesOnlyThePolyglotApi() {
        classes().that().resideInAPackage("dev.asynciotck.graalpy")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.asynciotck.spi..",
                        "dev.asynciotck.harness..", "dev.asynciotck.graalpy")
                .check(classes);
        // The server runs in a JVM of its own whose class path holds GraalPy and this module, not the harness.
        classes().that().resideInAPackage("dev.asynciotck.graalpy.server..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.graalvm.polyglot..",
                        "dev.asynciotck.graalpy.server..")
                .check(classes);
        // Found through the harness's TargetFamily service; nothing names the module's classes.
        noClasses().that().resideOutsideOfPackage("dev.asynciotck.graalpy..")
                .should().dependOnClassesThat().resideInAPackage("dev.asynciotck.graalpy..")
                .check(classes);
    }

    @Test
    void theStepsAreGlueBetweenCucumberAndTheHarness() {
        classes().that().resideInAPackage("dev.asynciotck.steps..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.asynciotck.spi..",
                        "dev.asynciotck.spec..", "dev.asynciotck.harness..", "dev.asynciotck.steps..",
                        "io.cucumber..", "org.opentest4j..")
                .check(classes);
    }

    @Test
    void nothingButTheReportsUsesTheReports() {
        noClasses().that().resideOutsideOfPackage("dev.asynciotck.reports..")
                .should().dependOnClassesThat().resideInAPackage("dev.asynciotck.reports..")
                .check(classes);
    }
}
