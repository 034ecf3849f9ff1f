package dev.asynciotck.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An insertion-ordered set of objects that carry their own two links (fields of the element, reached through
 * the accessors given here), so that adding and removing allocate nothing and hash nothing: the module's
 * registries of pending tasks and started coroutines hold one entry per task, and a hash set's entry and
 * table slot cost more than the task's own asyncio state. An element is in at most one list per pair of
 * link fields; membership is "has a predecessor, or is the head".
 */
final class IntrusiveList<E> {

    private final Function<E, E> previous;
    private final BiConsumer<E, E> setPrevious;
    private final Function<E, E> next;
    private final BiConsumer<E, E> setNext;
    private E first;
    private E last;
    private int size;

    IntrusiveList(Function<E, E> previous, BiConsumer<E, E> setPrevious, Function<E, E> next,
                  BiConsumer<E, E> setNext) {
        this.previous = previous;
        this.setPrevious = setPrevious;
        this.next = next;
        this.setNext = setNext;
    }

    boolean contains(E element) {
        return previous.apply(element) != null || first == element;
    }

    /** Appends {@code element} unless it is already in the list. */
    void add(E element) {
        if (contains(element)) {
            return;
        }
        setPrevious.accept(element, last);
        setNext.accept(element, null);
        if (last == null) {
            first = element;
        } else {
            setNext.accept(last, element);
        }
        last = element;
        size++;
    }

    /** Unlinks {@code element}; does nothing if it is not in the list. */
    void remove(E element) {
        if (!contains(element)) {
            return;
        }
        E before = previous.apply(element);
        E after = next.apply(element);
        if (before == null) {
            first = after;
        } else {
            setNext.accept(before, after);
        }
        if (after == null) {
            last = before;
        } else {
            setPrevious.accept(after, before);
        }
        setPrevious.accept(element, null);
        setNext.accept(element, null);
        size--;
    }

    int size() {
        return size;
    }

    /** Calls {@code action} on each element in insertion order; {@code action} must not change the list. */
    void forEach(java.util.function.Consumer<E> action) {
        for (E element = first; element != null; element = next.apply(element)) {
            action.accept(element);
        }
    }

    /** A snapshot, in insertion order. */
    List<E> toList() {
        List<E> copy = new ArrayList<>(size);
        for (E element = first; element != null; element = next.apply(element)) {
            copy.add(element);
        }
        return copy;
    }
}
