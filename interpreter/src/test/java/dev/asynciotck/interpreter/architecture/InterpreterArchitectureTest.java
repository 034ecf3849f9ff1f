package dev.asynciotck.interpreter.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The interpreter's architecture rules, checked on its compiled classes: it sees the SPI and the JDK only (so
 * {@code tck exec} and a program embedding it carry no Cucumber, Gherkin or PicoContainer); its packages form no
 * cycle; and it keeps no state in static fields, so that two programs never share anything (each program's
 * state belongs to its runtime).
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

    @Test
    void noPackageIsInACycle() {
        slices().matching("dev.asynciotck.interpreter.(**)").should().beFreeOfCycles().check(interpreter);
    }

    @Test
    void noStaticFieldIsMutable() {
        fields().that().areStatic().should().beFinal()
                .because("a static field that can be reassigned is state shared by every program")
                .check(interpreter);
    }

    @Test
    void noStaticFieldHoldsACollectionOrAThreadLocal() {
        fields().that().areStatic().and(holdMutableContainers()).and(areWrittenInTheSource())
                .should(beFilledOnlyByImmutableFactories())
                .because("a static map, collection or ThreadLocal is state shared by every program")
                .check(interpreter);
    }

    /** Leaves out what the compiler adds (an enum's values array, a switch's lookup table). */
    private static DescribedPredicate<JavaField> areWrittenInTheSource() {
        return DescribedPredicate.describe("are written in the source",
                field -> !field.getModifiers().contains(JavaModifier.SYNTHETIC));
    }

    private static DescribedPredicate<JavaField> holdMutableContainers() {
        return DescribedPredicate.describe("hold a collection, a map or a ThreadLocal", field -> {
            JavaClass type = field.getRawType();
            return type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class)
                    || type.isAssignableTo(ThreadLocal.class) || type.isArray();
        });
    }

    /**
     * A static collection field passes only when its declared type is an interface (List, Set, Map) and its
     * class's static initialiser creates no mutable container, i.e. it is filled by {@code List.of},
     * {@code Set.of} or {@code Map.of}/{@code Map.ofEntries}. ThreadLocals and arrays never pass.
     */
    private static ArchCondition<JavaField> beFilledOnlyByImmutableFactories() {
        return new ArchCondition<>("be immutable (List.of, Set.of, Map.of, Map.ofEntries)") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                JavaClass type = field.getRawType();
                boolean interfaceType = type.isInterface() && !type.isAssignableTo(ThreadLocal.class);
                boolean createsMutable = field.getOwner().getStaticInitializer().map(init ->
                        init.getConstructorCallsFromSelf().stream().anyMatch(call -> {
                            JavaClass created = call.getTargetOwner();
                            return created.isAssignableTo(Collection.class) || created.isAssignableTo(Map.class)
                                    || created.isAssignableTo(ThreadLocal.class);
                        })).orElse(false);
                boolean ok = interfaceType && !createsMutable && !field.getModifiers().contains(JavaModifier.VOLATILE);
                events.add(new SimpleConditionEvent(field, ok, field.getFullName()
                        + (ok ? " is filled by an immutable factory" : " may hold shared mutable state")));
            }
        };
    }
}
