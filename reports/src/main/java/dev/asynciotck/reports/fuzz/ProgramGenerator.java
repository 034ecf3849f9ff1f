package dev.asynciotck.reports.fuzz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a {@link FuzzProgram} from a seed: the same seed and version give the same program. Deterministic by
 * construction: tasks order themselves only through the ready queue ({@code sleep(0)}, awaits, callbacks); the
 * only deadlines are 0 (expired at once) and 100 seconds (never reached); output never shows an address, a
 * set or a dict's order, or CPython's wording.
 */
public final class ProgramGenerator {

    /** The largest number of tasks a program has. */
    static final int MAX_TASKS = 6;

    private final int minor;

    /** @param minor the Python 3 minor version the programs are for (6 … 13 and later) */
    public ProgramGenerator(int minor) {
        if (minor < 6) {
            throw new IllegalArgumentException("programs are generated for Python 3.6 or later, not 3." + minor);
        }
        this.minor = minor;
    }

    /** The program of {@code seed}. */
    public FuzzProgram generate(long seed) {
        return new Run(new SplittableRandom(seed), seed).program();
    }

    /** One generation: its random source and its counter of ids. */
    private final class Run {
        private final SplittableRandom random;
        private final long seed;
        private final int taskCount;
        private int nextId = 1;
        private int self;
        private Deque<Integer> unplaced;

        Run(SplittableRandom random, long seed) {
            this.random = random;
            this.seed = seed;
            this.taskCount = 1 + random.nextInt(MAX_TASKS);
        }

        FuzzProgram program() {
            List<List<Integer>> children = new ArrayList<>();
            for (int i = 0; i < taskCount; i++) {
                children.add(new ArrayList<>());
            }
            for (int j = 1; j < taskCount; j++) {
                children.get(random.nextInt(j)).add(j);
            }
            List<List<Stmt>> bodies = new ArrayList<>();
            for (int i = 0; i < taskCount; i++) {
                self = i;
                unplaced = new ArrayDeque<>(children.get(i));
                List<Stmt> body = statements(0, 1 + random.nextInt(6), false);
                while (!unplaced.isEmpty()) {
                    body.add(random.nextInt(body.size() + 1), new Stmt.Spawn(unplaced.poll(), plainSpawn()));
                }
                bodies.add(body);
            }
            return new FuzzProgram(seed, minor, bodies);
        }

        private List<Stmt> statements(int depth, int count, boolean inGroup) {
            List<Stmt> out = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                if (!unplaced.isEmpty() && random.nextInt(3) == 0) {
                    out.add(new Stmt.Spawn(unplaced.poll(), inGroup && random.nextBoolean()
                            ? Stmt.SpawnKind.TASK_GROUP : plainSpawn()));
                }
                out.add(statement(depth, inGroup));
            }
            return out;
        }

        private Stmt.SpawnKind plainSpawn() {
            return random.nextBoolean() ? Stmt.SpawnKind.CREATE_TASK : Stmt.SpawnKind.ENSURE_FUTURE;
        }

        private Stmt statement(int depth, boolean inGroup) {
            boolean nest = depth < 2;
            boolean later = self + 1 < taskCount;
            boolean structured = minor >= 11;
            while (true) {
                int pick = random.nextInt(30);
                switch (pick) {
                    case 0, 1 -> {
                        return new Stmt.Say(nextId++);
                    }
                    case 2, 3, 4 -> {
                        return new Stmt.Sleep0();
                    }
                    case 5, 6, 7 -> {
                        if (later) {
                            return new Stmt.AwaitTask(laterTask(), awaitKind());
                        }
                    }
                    case 8, 9 -> {
                        if (taskCount > 1) {
                            int t = random.nextInt(taskCount);
                            if (t != self) {
                                return new Stmt.Cancel(t, message());
                            }
                        }
                    }
                    case 10 -> {
                        if (minor >= 7) { // asyncio.current_task(); 3.6's Task.current_task() is outside the subset
                            return new Stmt.SelfCancel(message());
                        }
                    }
                    case 11 -> {
                        return new Stmt.Raise(nextId++);
                    }
                    case 12 -> {
                        if (later) {
                            return new Stmt.Gather(laterTasks(), random.nextBoolean());
                        }
                    }
                    case 13 -> {
                        if (later) {
                            String[] when = {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"};
                            return new Stmt.Wait(laterTasks(), when[random.nextInt(when.length)]);
                        }
                    }
                    case 14, 15, 16 -> {
                        if (nest) {
                            int id = nextId++;
                            List<Stmt> body = statements(depth + 1, 1 + random.nextInt(3), inGroup);
                            Stmt.Catch[] catches = Stmt.Catch.values();
                            Stmt.Action[] actions = Stmt.Action.values();
                            return new Stmt.Try(body, catches[random.nextInt(catches.length)],
                                    actions[random.nextInt(actions.length)], random.nextBoolean(), id);
                        }
                    }
                    case 17 -> {
                        if (nest && structured) {
                            int id = nextId++;
                            String[] delays = {"100", "100", "None", "0"};
                            return new Stmt.TimeoutBlock(delays[random.nextInt(delays.length)],
                                    statements(depth + 1, 1 + random.nextInt(3), inGroup), id);
                        }
                    }
                    case 18, 19 -> {
                        if (nest && structured) {
                            int id = nextId++;
                            return new Stmt.TaskGroupBlock(statements(depth + 1, 1 + random.nextInt(3), true), id);
                        }
                    }
                    case 20 -> {
                        if (nest) {
                            int id = nextId++;
                            return new Stmt.LockBlock(statements(depth + 1, random.nextInt(3), inGroup), id);
                        }
                    }
                    case 21 -> {
                        return new Stmt.QueuePut(nextId++);
                    }
                    case 22 -> {
                        return new Stmt.QueueGet();
                    }
                    case 23 -> {
                        return new Stmt.EventSet();
                    }
                    case 24 -> {
                        return new Stmt.EventWait();
                    }
                    case 25 -> {
                        return new Stmt.FutureSet();
                    }
                    case 26 -> {
                        return new Stmt.FutureAwait();
                    }
                    case 27 -> {
                        return new Stmt.CallSoon(nextId++);
                    }
                    case 28, 29 -> {
                        return new Stmt.DoneCallback(random.nextInt(taskCount), nextId++);
                    }
                    default -> throw new IllegalStateException("no statement " + pick);
                }
            }
        }

        private int laterTask() {
            return self + 1 + random.nextInt(taskCount - self - 1);
        }

        private List<Integer> laterTasks() {
            List<Integer> out = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                int t = laterTask();
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
            return out;
        }

        private Stmt.AwaitKind awaitKind() {
            int k = random.nextInt(10);
            if (k < 4) {
                return Stmt.AwaitKind.PLAIN;
            }
            return switch (k) {
                case 4, 5 -> Stmt.AwaitKind.SHIELD;
                case 6 -> Stmt.AwaitKind.WAIT_FOR_NONE;
                case 7, 8 -> Stmt.AwaitKind.WAIT_FOR_LONG;
                default -> Stmt.AwaitKind.WAIT_FOR_ZERO;
            };
        }

        private String message() {
            return minor >= 9 && random.nextBoolean() ? "m" + nextId++ : null;
        }
    }
}
