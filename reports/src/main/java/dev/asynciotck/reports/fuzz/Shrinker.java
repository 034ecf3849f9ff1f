package dev.asynciotck.reports.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a program structurally while a property (e.g. "the two targets still differ") holds: greedily tries
 * smaller programs — a whole task removed (later tasks renumbered, statements naming it dropped), one statement
 * removed, a compound statement replaced by its body — and keeps the first that still has the property, until
 * none does or the budget of tries is spent. Every candidate is strictly smaller, so it terminates.
 */
public final class Shrinker {

    private final int maxTries;

    /** @param maxTries how many candidates at most are tested (each test may run two targets) */
    public Shrinker(int maxTries) {
        this.maxTries = maxTries;
    }

    /** The smallest program found that keeps {@code property}; {@code program} itself if none does. */
    public FuzzProgram shrink(FuzzProgram program, Predicate<FuzzProgram> property) {
        FuzzProgram current = program;
        int tries = 0;
        boolean progress = true;
        while (progress && tries < maxTries) {
            progress = false;
            for (FuzzProgram candidate : candidates(current)) {
                if (tries++ >= maxTries) {
                    break;
                }
                if (candidate.size() < current.size() && property.test(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /** Every one-step-smaller program, largest cuts first. */
    static List<FuzzProgram> candidates(FuzzProgram program) {
        List<FuzzProgram> out = new ArrayList<>();
        for (int i = program.tasks().size() - 1; i >= 1; i--) {
            out.add(withoutTask(program, i));
        }
        for (int i = 0; i < program.tasks().size(); i++) {
            for (List<Stmt> body : variants(program.tasks().get(i))) {
                out.add(program.withTask(i, body));
            }
        }
        return out;
    }

    private static List<List<Stmt>> variants(List<Stmt> body) {
        List<List<Stmt>> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            List<Stmt> removed = new ArrayList<>(body);
            removed.remove(i);
            out.add(removed);
            if (!s.body().isEmpty() || s instanceof Stmt.LockBlock || s instanceof Stmt.Try
                    || s instanceof Stmt.TimeoutBlock || s instanceof Stmt.TaskGroupBlock) {
                List<Stmt> unwrapped = new ArrayList<>(body.subList(0, i));
                unwrapped.addAll(s.body());
                unwrapped.addAll(body.subList(i + 1, body.size()));
                out.add(unwrapped);
                for (List<Stmt> inner : variants(s.body())) {
                    List<Stmt> replaced = new ArrayList<>(body);
                    replaced.set(i, s.withBody(inner));
                    out.add(replaced);
                }
            }
        }
        return out;
    }

    /** The program without task {@code gone}: tasks after it renumbered, statements that name it dropped. */
    static FuzzProgram withoutTask(FuzzProgram program, int gone) {
        List<List<Stmt>> tasks = new ArrayList<>();
        for (int i = 0; i < program.tasks().size(); i++) {
            if (i != gone) {
                tasks.add(renumber(program.tasks().get(i), gone));
            }
        }
        return new FuzzProgram(program.seed(), program.minor(), tasks);
    }

    private static List<Stmt> renumber(List<Stmt> body, int gone) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            Stmt kept = renumber(s, gone);
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    private static Stmt renumber(Stmt s, int gone) {
        return switch (s) {
            case Stmt.Spawn x -> x.child() == gone ? null : new Stmt.Spawn(shift(x.child(), gone), x.kind());
            case Stmt.AwaitTask x -> x.task() == gone ? null : new Stmt.AwaitTask(shift(x.task(), gone), x.kind());
            case Stmt.Cancel x -> x.task() == gone ? null : new Stmt.Cancel(shift(x.task(), gone), x.message());
            case Stmt.DoneCallback x -> x.task() == gone ? null : new Stmt.DoneCallback(shift(x.task(), gone), x.id());
            case Stmt.Gather x -> {
                List<Integer> left = shift(x.tasks(), gone);
                yield left.isEmpty() ? null : new Stmt.Gather(left, x.returnExceptions());
            }
            case Stmt.Wait x -> {
                List<Integer> left = shift(x.tasks(), gone);
                yield left.isEmpty() ? null : new Stmt.Wait(left, x.returnWhen());
            }
            default -> s.body().isEmpty() ? s : s.withBody(renumber(s.body(), gone));
        };
    }

    private static int shift(int task, int gone) {
        return task > gone ? task - 1 : task;
    }

    private static List<Integer> shift(List<Integer> tasks, int gone) {
        return tasks.stream().filter(t -> t != gone).map(t -> shift(t, gone)).toList();
    }
}
