package dev.asynciotck.reports.merge;

import dev.asynciotck.reports.cli.Tck;
import dev.asynciotck.reports.run.Shard;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * examples/ci/github-actions.yml cannot run here; what can be checked is: every {@code ./tck} command line in it,
 * for every job of its matrix, parses with the real option parser, names files that exist, and the shards of each
 * target cover it (K/N for every K of one N).
 */
class CiExampleTest {

    private static final Path WORKFLOW = Path.of("..", "examples", "ci", "github-actions.yml");
    private static final Pattern MATRIX_ENTRY = Pattern.compile("^\\s*- \\{ (target: .*) }\\s*$");
    private static final Pattern FIELD = Pattern.compile("(\\w+): (\"[^\"]*\"|[^,]+)(?:, |$)");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{ matrix\\.(\\w+) }}");

    @Test
    void everyTckCommandOfEveryJobParsesWithTheRealOptionParser() throws IOException {
        List<String> lines = Files.readAllLines(WORKFLOW);
        List<Map<String, String>> jobs = matrix(lines);
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(5);
        List<String> commands = lines.stream().map(String::strip).filter(l -> l.startsWith("run: ./tck "))
                .map(l -> l.substring("run: ".length())).toList();
        assertThat(commands).as("a run and a merge command").hasSize(2);
        Set<String> subcommands = new TreeSet<>();
        for (String command : commands) {
            for (Map<String, String> job : command.contains("matrix.") ? jobs : List.of(Map.<String, String>of())) {
                String[] args = expand(command, job);
                CommandLine.ParseResult parsed = Tck.commandLine().parseArgs(args);
                assertThat(parsed.subcommand()).as(String.join(" ", args)).isNotNull();
                subcommands.add(parsed.subcommand().commandSpec().name());
                for (String option : List.of("--baseline", "--features")) {
                    if (parsed.subcommand().hasMatchedOption(option)) {
                        List<String> files = parsed.subcommand().matchedOption(option).getValue();
                        files.forEach(file -> assertThat(Path.of("..", file.replaceFirst("^[^=]*=", "")))
                                .as(option + " in " + String.join(" ", args)).exists());
                    }
                }
            }
        }
        assertThat(subcommands).containsExactly("merge", "run");
    }

    @Test
    void theShardsOfEachTargetCoverItOnce() throws IOException {
        Map<String, List<Shard>> byTarget = new TreeMap<>();
        for (Map<String, String> job : matrix(Files.readAllLines(WORKFLOW))) {
            byTarget.computeIfAbsent(job.get("target"), t -> new ArrayList<>()).add(Shard.parse(job.get("shard")));
        }
        byTarget.forEach((target, shards) -> {
            int count = shards.getFirst().count();
            assertThat(shards).as(target).allSatisfy(s -> assertThat(s.count()).isEqualTo(count))
                    .extracting(Shard::index).containsExactlyInAnyOrderElementsOf(
                            java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
        });
        assertThat(byTarget.values()).as("at least one target split into shards").anyMatch(s -> s.size() > 1);
    }

    /** The matrix's include entries, one flow mapping a line. */
    private static List<Map<String, String>> matrix(List<String> lines) {
        List<Map<String, String>> jobs = new ArrayList<>();
        for (String line : lines) {
            Matcher entry = MATRIX_ENTRY.matcher(line);
            if (entry.matches()) {
                Map<String, String> job = new LinkedHashMap<>();
                Matcher field = FIELD.matcher(entry.group(1));
                while (field.find()) {
                    job.put(field.group(1), field.group(2).replaceAll("^\"|\"$", "").strip());
                }
                jobs.add(job);
            }
        }
        return jobs;
    }

    /** The command with the job's matrix values in place, split as the shell splits it (no quoting is used). */
    private static String[] expand(String command, Map<String, String> job) {
        Matcher expression = EXPRESSION.matcher(command);
        StringBuilder expanded = new StringBuilder();
        while (expression.find()) {
            assertThat(job).as("matrix." + expression.group(1)).containsKey(expression.group(1));
            expression.appendReplacement(expanded, Matcher.quoteReplacement(job.get(expression.group(1))));
        }
        expression.appendTail(expanded);
        assertThat(expanded.toString()).as("only matrix expressions in a tck command").doesNotContain("${{", "'", "\"");
        String[] words = expanded.toString().strip().split("\\s+");
        assertThat(words[0]).isEqualTo("./tck");
        return Arrays.copyOfRange(words, 1, words.length);
    }
}
