package dev.asynciotck.reports.merge;

import dev.asynciotck.reports.run.Shard;
import dev.asynciotck.spec.SpecScenario;
import dev.asynciotck.spec.Specification;
import dev.asynciotck.spec.SpecificationLoader;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shards of a selection partition it, evenly, the same way every time, whatever the feature files' order. */
class ShardTest {

    private final Specification bundled = SpecificationLoader.bundled();

    @Test
    void theShardsOfASelectionCoverEachScenarioExactlyOnceAndDifferInSizeByAtMostOne() {
        Set<String> all = bundled.byKey().keySet();
        for (int count = 1; count <= 7; count++) {
            int n = count;
            List<Set<String>> shards = IntStream.rangeClosed(1, n).mapToObj(k -> new Shard(k, n).keys(bundled)).toList();
            Set<String> union = new HashSet<>();
            shards.forEach(shard -> assertThat(shard).allSatisfy(key -> assertThat(union.add(key))
                    .as("%s is in two of %d shards", key, n).isTrue()));
            assertThat(union).isEqualTo(all);
            int smallest = shards.stream().mapToInt(Set::size).min().orElseThrow();
            int largest = shards.stream().mapToInt(Set::size).max().orElseThrow();
            assertThat(largest - smallest).as("sizes of %d shards", n).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theAssignmentDependsOnTheScenariosNotOnTheOrderOfTheFeatures() {
        Specification reversed = new Specification(bundled.source(), bundled.features().reversed(), bundled.rules());
        for (int k = 1; k <= 4; k++) {
            assertThat(new Shard(k, 4).keys(reversed)).isEqualTo(new Shard(k, 4).keys(bundled));
            assertThat(new Shard(k, 4).select(bundled).scenarios().stream().map(SpecScenario::key).toList())
                    .containsExactlyInAnyOrderElementsOf(new Shard(k, 4).keys(bundled));
        }
    }

    @Test
    void aShardOfATagSelectionIsPartOfThatSelection() {
        Specification tasks = bundled.select("@tasks");
        Set<String> shard = new Shard(2, 3).keys(tasks);
        assertThat(shard).isNotEmpty().isSubsetOf(tasks.byKey().keySet());
    }

    @Test
    void onlyKOfNWithOneAtMostKAtMostNIsAShard() {
        assertThat(Shard.parse("3/4")).isEqualTo(new Shard(3, 4));
        assertThat(Shard.parse("1/1")).isEqualTo(new Shard(1, 1));
        for (String bad : List.of("0/4", "5/4", "1/0", "4", "a/b", "1/2/3", "-1/4", "", "1/ 2")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
    }
}
