package dev.asynciotck.interpreter.runtime.object;

import java.util.Iterator;

/** A Python iterator object over a Java iterator (iter(), enumerate, zip, map, reversed, as_completed). */
public final class PyIterator {

    public final Iterator<?> iterator;
    public final String typeName;

    public PyIterator(Iterator<?> iterator, String typeName) {
        this.iterator = iterator;
        this.typeName = typeName;
    }

    @Override
    public String toString() {
        return "<" + typeName + " object at " + Values.address(this) + ">";
    }
}
