package dev.asynciotck.reports.fuzz;

import dev.asynciotck.harness.RunResult;
import dev.asynciotck.harness.Target;
import dev.asynciotck.harness.Targets;
import dev.asynciotck.interpreter.Program;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The generator stays inside the interpreter's subset and is deterministic; no oracle needed. 10,000 programs
 * (for 3.13 and for 3.6, whose constructs differ) are parsed by the interpreter's parser; every 10th of them
 * runs on the reference, which must give an outcome (never "unsupported construct", an error or a time-out),
 * and every construct a baseline may list appears in them.
 */
class GeneratedProgramsTest {

    private static final int PROGRAMS = 10_000;

    @Test
    void tenThousandProgramsParseAndASampleRunsOnTheReference() {
        Target reference = Targets.byName(Targets.REFERENCE);
        Set<String> used = new HashSet<>();
        for (int minor : List.of(13, 6)) {
            ProgramGenerator generator = new ProgramGenerator(minor);
            for (long s = 0; s < PROGRAMS / 2; s++) {
                long seed = s;
                FuzzProgram program = generator.generate(seed);
                String source = program.source();
                used.addAll(FuzzBaseline.used(program));
                try {
                    Program.parse(source, "seed " + seed);
                } catch (RuntimeException e) {
                    fail("3." + minor + " seed " + seed + " does not parse: " + e.getMessage() + "\n" + source);
                }
                if (seed % 10 == 0) {
                    RunResult result = reference.run(source, "seed " + seed, Duration.ofSeconds(30));
                    assertTrue(result.status().isOutcome(), () -> "3." + minor + " seed " + seed + ": "
                            + result.status() + " " + result.detail() + "\n" + source);
                }
            }
        }
        Set<String> missing = new HashSet<>(FuzzBaseline.constructs());
        missing.removeAll(used);
        assertTrue(missing.isEmpty(), "constructs never generated: " + missing);
    }

    @Test
    void aSeedGivesTheSameProgramEveryTime() {
        ProgramGenerator generator = new ProgramGenerator(13);
        for (long seed = 0; seed < 200; seed++) {
            assertEquals(generator.generate(seed).source(), generator.generate(seed).source());
        }
        assertFalse(generator.generate(1).source().equals(generator.generate(2).source()));
    }

    @Test
    void olderVersionsGetOnlyTheirConstructs() {
        ProgramGenerator generator = new ProgramGenerator(6);
        for (long seed = 0; seed < 500; seed++) {
            String source = generator.generate(seed).source();
            for (String newer : List.of("TaskGroup", "asyncio.timeout(", "asyncio.run(", "asyncio.create_task",
                    "current_task()", ".cancel(\"")) {
                assertFalse(source.contains(newer), () -> "3.6 program uses " + newer + ":\n" + source);
            }
        }
    }

    @Test
    void shrinkingKeepsThePropertyAndMakesTheProgramSmaller() {
        ProgramGenerator generator = new ProgramGenerator(13);
        long seed = 0;
        while (generator.generate(seed).tasks().size() < 3) {
            seed++;
        }
        FuzzProgram program = generator.generate(seed);
        // Only programs in which c0 still starts c1 keep the property: c1's parent is always c0, so the smallest
        // such program is c0 holding that one statement and c1 with an empty body.
        FuzzProgram small = new Shrinker(5_000).shrink(program, p -> p.source().contains("T[\"c1\"] = "));
        assertEquals(2, small.tasks().size(), small.source());
        assertEquals(1, small.tasks().get(0).size(), small.source());
        assertTrue(small.tasks().get(0).get(0) instanceof Stmt.Spawn, small.source());
        assertEquals(0, small.tasks().get(1).size(), small.source());
    }
}
