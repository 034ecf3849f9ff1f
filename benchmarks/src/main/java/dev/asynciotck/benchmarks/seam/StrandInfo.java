package dev.asynciotck.benchmarks.seam;

import dev.asynciotck.reference.strand.StrandMechanism;

/** Prints which strand mechanism the reference would use in this JVM, and why (for the benchmark header). */
public final class StrandInfo {

    private StrandInfo() {
    }

    public static void main(String[] args) {
        System.out.println(StrandMechanism.describeSelection());
    }
}
