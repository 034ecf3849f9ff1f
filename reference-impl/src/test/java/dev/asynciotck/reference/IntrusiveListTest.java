package dev.asynciotck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's registries: insertion order, idempotent add and remove, unlinking from any position. */
class IntrusiveListTest {

    static final class Node {
        final String name;
        Node previous;
        Node next;

        Node(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final IntrusiveList<Node> list = new IntrusiveList<>(
            n -> n.previous, (n, v) -> n.previous = v, n -> n.next, (n, v) -> n.next = v);

    @Test
    void keepsInsertionOrderThroughRemovalsAtHeadMiddleAndTail() {
        Node a = new Node("a");
        Node b = new Node("b");
        Node c = new Node("c");
        Node d = new Node("d");
        for (Node n : List.of(a, b, c, d)) {
            list.add(n);
        }
        list.add(b); // already in: no effect
        assertThat(list.toList()).containsExactly(a, b, c, d);
        list.remove(b);
        list.remove(b); // not in any more: no effect
        assertThat(list.toList()).containsExactly(a, c, d);
        list.remove(a);
        list.remove(d);
        assertThat(list.toList()).containsExactly(c);
        assertThat(list.contains(a)).isFalse();
        assertThat(list.contains(c)).isTrue();
        list.add(a);
        assertThat(list.toList()).containsExactly(c, a);
        assertThat(list.size()).isEqualTo(2);
        List<Node> seen = new ArrayList<>();
        list.forEach(seen::add);
        assertThat(seen).containsExactly(c, a);
        list.remove(c);
        list.remove(a);
        assertThat(list.toList()).isEmpty();
        assertThat(list.size()).isZero();
        assertThat(list.contains(a)).isFalse();
    }
}
