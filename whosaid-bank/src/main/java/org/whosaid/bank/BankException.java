package org.whosaid.bank;

import java.nio.file.Path;

/** A quote bank that cannot be opened, written or searched, naming the index folder and the cause. */
public final class BankException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path dir;

    public BankException(Path dir, String message, Throwable cause) {
        super(dir + ": " + message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                cause);
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }
}
