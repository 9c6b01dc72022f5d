package org.whosaid;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared development data (../shared beside the checkout), or WHOSAID_SHARED if set. */
public final class SharedData {
    private SharedData() {
    }

    public static Path path(String relative) {
        String env = System.getenv("WHOSAID_SHARED");
        if (env != null) {
            return Path.of(env).resolve(relative);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared data not found: " + relative + " (set WHOSAID_SHARED)");
    }

    /** The project's root folder (the one with the parent pom and devset/). */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("devset"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("project root with devset/ not found");
        }
        return dir;
    }
}
