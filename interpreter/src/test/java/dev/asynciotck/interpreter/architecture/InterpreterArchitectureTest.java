package dev.asynciotck.interpreter.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The interpreter's architecture rules, checked on its compiled classes: it sees the SPI and the JDK only, so
 * {@code tck exec} and a program embedding it carry no Cucumber, Gherkin or PicoContainer.
 */
class InterpreterArchitectureTest {

    private static JavaClasses interpreter;

    @BeforeAll
    static void importMainClasses() {
        interpreter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.asynciotck.interpreter");
    }

    @Test
    void dependsOnTheSpiAndTheJdkOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.asynciotck.spi..",
                "dev.asynciotck.interpreter..").check(interpreter);
    }
}
