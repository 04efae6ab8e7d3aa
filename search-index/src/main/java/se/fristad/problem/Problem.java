package se.fristad.problem;

import java.nio.file.Path;

/**
 * One thing wrong with the user's input, pointing at a file, line and column, with a hint on how to fix it.
 * Problems are values: stages collect them and the CLI prints them all together, never as a stack trace.
 *
 * @param file   the file at fault (absolute or relative to the site directory)
 * @param line   1-based line, or 1 when the whole file is meant
 * @param column 1-based column
 * @param message what is wrong
 * @param hint   how to fix it (may be empty)
 * @param severity errors fail the build, warnings don't
 */
public record Problem(Path file, int line, int column, String message, String hint, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(Path file, int line, int column, String message, String hint) {
        return new Problem(file, Math.max(1, line), Math.max(1, column), message, hint == null ? "" : hint, Severity.ERROR);
    }

    public static Problem warning(Path file, int line, int column, String message, String hint) {
        return new Problem(file, Math.max(1, line), Math.max(1, column), message, hint == null ? "" : hint, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: message — hint}, with the path shown relative to {@code base} where it lies below it. */
    public String format(Path base) {
        Path shown = file;
        if (base != null && file.isAbsolute()) {
            Path abs = base.toAbsolutePath().normalize();
            if (file.normalize().startsWith(abs) && !file.normalize().equals(abs)) {
                shown = abs.relativize(file.normalize());
            }
        }
        String where = shown.toString().replace('\\', '/') + ":" + line + ":" + column + ": ";
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return where + prefix + message + (hint.isEmpty() ? "" : " — " + hint);
    }
}
