package org.whosaid.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.whosaid.ingest.Ingest;

/**
 * Turns the job's input globs into tasks, on the driver: every matching file (folders are read for
 * the files whosaid reads, sorted by path), a WARC or JSONL file one task, text and HTML files in
 * batches. Local paths keep the form they were given in (relative stays relative), so that article
 * sources are those {@code whosaid extract} prints for the same paths.
 */
final class Inputs {
    private Inputs() {
    }

    /** One input file: its place in the sorted list of all inputs and its path or URI. */
    record InputFile(int index, String path) implements Serializable {
    }

    /** The files one task reads, in order. */
    record Unit(int index, List<InputFile> files) implements Serializable {
        Unit {
            files = List.copyOf(files);
        }
    }

    /** The tasks for these globs; a glob that matches nothing is kept as itself, to be reported missing. */
    static List<Unit> plan(List<String> globs, Configuration conf, int textBatch) {
        Set<String> paths = new LinkedHashSet<>();
        for (String glob : globs) {
            paths.addAll(expand(glob, conf));
        }
        List<Unit> units = new ArrayList<>();
        List<InputFile> batch = new ArrayList<>();
        int i = 0;
        for (String p : paths) {
            InputFile f = new InputFile(i++, p);
            if (isSmallFile(p)) {
                batch.add(f);
                if (batch.size() == textBatch) {
                    units.add(new Unit(units.size(), batch));
                    batch = new ArrayList<>();
                }
            } else {
                if (!batch.isEmpty()) {
                    units.add(new Unit(units.size(), batch));
                    batch = new ArrayList<>();
                }
                units.add(new Unit(units.size(), List.of(f)));
            }
        }
        if (!batch.isEmpty()) {
            units.add(new Unit(units.size(), batch));
        }
        return units;
    }

    /** True for a file read whole as one article (text, HTML), which tasks take in batches. */
    private static boolean isSmallFile(String path) {
        String n = path.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    /** True when a path has no scheme or the file: scheme, so the job reads it in place. */
    static boolean isLocal(String path) {
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon) || path.startsWith("file:") || colon == 1;
    }

    private static List<String> expand(String glob, Configuration conf) {
        if (isLocal(glob) && !glob.startsWith("file:")) {
            return expandLocal(glob);
        }
        try {
            org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(glob);
            FileSystem fs = hp.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(hp);
            if (matched == null || matched.length == 0) {
                return List.of(glob);
            }
            List<String> out = new ArrayList<>();
            for (FileStatus st : matched) {
                if (st.isDirectory()) {
                    List<String> inside = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                    while (it.hasNext()) {
                        org.apache.hadoop.fs.Path p = it.next().getPath();
                        if (Ingest.isInputFile(Path.of(p.getName()))) {
                            inside.add(p.toString());
                        }
                    }
                    inside.sort(Comparator.naturalOrder());
                    out.addAll(inside);
                } else {
                    out.add(st.getPath().toString());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + glob, e);
        }
    }

    /** A local glob: the part before the first wildcard is walked, the rest matched, paths kept as given. */
    private static List<String> expandLocal(String glob) {
        int wild = firstWildcard(glob);
        if (wild < 0) {
            Path p = Path.of(glob);
            return Files.isDirectory(p) ? folder(p) : List.of(glob);
        }
        int cut = glob.lastIndexOf('/', wild);
        String base = cut < 0 ? "." : glob.substring(0, Math.max(cut, 1));
        Path root = Path.of(base);
        java.nio.file.PathMatcher m = root.getFileSystem().getPathMatcher("glob:" + glob);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return List.of(glob);
        }
        try (var walk = Files.walk(root)) {
            List<Path> hits = walk.map(p -> cut < 0 ? root.relativize(p) : p)
                    .filter(m::matches)
                    .sorted()
                    .toList();
            for (Path p : hits) {
                Path real = cut < 0 ? root.resolve(p) : p;
                if (Files.isDirectory(real)) {
                    out.addAll(folder(p));
                } else {
                    out.add(p.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + glob, e);
        }
        return out.isEmpty() ? List.of(glob) : out;
    }

    private static List<String> folder(Path dir) {
        try (var walk = Files.walk(dir)) {
            List<String> files = walk.filter(Files::isRegularFile).filter(Ingest::isInputFile).map(Path::toString)
                    .sorted().toList();
            // a folder with nothing to read stays as itself, so that it is reported
            return files.isEmpty() ? List.of(dir.toString()) : files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return -1;
    }
}
