package org.whosaid.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTML building for the web UI: the escaping every piece of text goes through, links with encoded
 * parameters, and the page frame (skip link, navigation, main landmark, local CSS and JS only).
 */
final class Html {
    private Html() {
    }

    /** Text escaped for element content and for double- or single-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path with query parameters, encoded and then escaped for an href. */
    static String href(String path, Map<String, String> params) {
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(url(e.getKey())).append('=').append(url(e.getValue()));
            sep = '&';
        }
        return esc(b.toString());
    }

    /** A whole page: the title, the current section for the navigation, and the main content. */
    static String page(String title, String section, String main) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · whosaid</title>
                <link rel="stylesheet" href="/static/whosaid.css">
                <script src="/static/whosaid.js" defer></script>
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <header class="top">
                <a class="brand" href="/">whosaid</a>
                <nav aria-label="Sections">
                <ul>
                <li><a href="/"%s>Search</a></li>
                <li><a href="/speakers"%s>Speakers</a></li>
                <li><a href="/jobs"%s>Jobs</a></li>
                <li><a href="/api/openapi.json">API</a></li>
                </ul>
                </nav>
                </header>
                <main id="main" tabindex="-1">
                %s
                </main>
                </body>
                </html>
                """.formatted(esc(title), current(section, "search"), current(section, "speakers"),
                current(section, "jobs"), main);
    }

    private static String current(String section, String name) {
        return name.equals(section) ? " aria-current=\"page\"" : "";
    }

    /** The publication date's day, or "undated". */
    static String day(String published) {
        return published == null || published.length() < 10 ? "undated" : published.substring(0, 10);
    }
}
