package io.wasmfit.matrix;

/**
 * A data file of the language matrix or the library catalog is unreadable or invalid. The message
 * starts with {@code file:line:column:} (line and column from 1) so that editors and terminals can
 * jump to the problem.
 */
public final class CatalogException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /** A problem at a position; {@code line} and {@code column} start at 1, or are 0 when unknown. */
    public CatalogException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public CatalogException(String file, String problem, Throwable cause) {
        super(format(file, 0, 0, problem), cause);
        this.file = file;
        this.line = 0;
        this.column = 0;
        this.problem = problem;
    }

    /** The file as given to the loader, or {@code classpath:…} for a built-in resource. */
    public String file() {
        return file;
    }

    /** The line of the problem, from 1; 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    /** The column of the problem, from 1; 0 when the problem is the whole file. */
    public int column() {
        return column;
    }

    /** The problem alone, without its position. */
    public String problem() {
        return problem;
    }

    private static String format(String file, int line, int column, String problem) {
        return line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem;
    }
}
