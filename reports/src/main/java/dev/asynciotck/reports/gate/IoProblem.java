package dev.asynciotck.reports.gate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** One plain phrase for what went wrong with a file, for messages that already name it. */
public final class IoProblem {

    private IoProblem() {
    }

    /** E.g. {@code no such file}, {@code permission denied}, {@code is a directory}; never repeats the path. */
    public static String describe(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "is a directory, not a file";
        }
        return switch (e) {
            case NoSuchFileException missing -> missing.getFile() != null && !missing.getFile().equals(file.toString())
                    ? "no such file or directory: " + missing.getFile() : "no such file";
            case AccessDeniedException denied -> "permission denied";
            case NotDirectoryException notDirectory -> notDirectory.getFile() + " is not a directory";
            case FileAlreadyExistsException exists -> exists.getFile() + " already exists";
            case CharacterCodingException coding -> "not UTF-8 text";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
