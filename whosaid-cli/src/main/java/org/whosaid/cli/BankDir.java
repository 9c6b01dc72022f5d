package org.whosaid.cli;

import java.nio.file.Path;

/** Where the quote bank lives when no folder is given: {@code ~/.whosaid/index}. */
final class BankDir {
    private BankDir() {
    }

    static Path orDefault(Path given) {
        return given != null ? given : Path.of(System.getProperty("user.home"), ".whosaid", "index");
    }
}
