package org.whosaid.model;

import java.util.Objects;

/**
 * One article as read from its source: an id, where it came from, its text and optional metadata.
 * The text is what offsets in every statement refer to (as Unicode code points).
 */
public record Article(String id, String source, String text, Metadata metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }

    /** An article with no source and no metadata, for library callers that hold only text. */
    public static Article of(String id, String text) {
        return new Article(id, null, text, Metadata.EMPTY);
    }

    /** Publication metadata; every field may be null, never invented. */
    public record Metadata(String url, String title, String outlet, String published, String language) {
        public static final Metadata EMPTY = new Metadata(null, null, null, null, null);

        public Metadata withLanguage(String lang) {
            return new Metadata(url, title, outlet, published, lang);
        }
    }
}
