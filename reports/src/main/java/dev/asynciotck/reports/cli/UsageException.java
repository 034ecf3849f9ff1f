package dev.asynciotck.reports.cli;

/** A problem with a command's options (or what they name), reported in one line as a usage error: exit 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
