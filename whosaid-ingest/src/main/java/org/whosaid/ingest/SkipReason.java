package org.whosaid.ingest;

/** Why a record that was read without error yields no article; the label is used in summaries. */
public enum SkipReason {
    /** The text is in a language the extractor does not handle. */
    LANGUAGE("language"),
    /** A WARC response whose HTTP status is not 200. */
    HTTP_STATUS("http-status"),
    /** A WARC response, or a file, whose payload is not HTML (PDF, image, JSON, ...). */
    NOT_HTML("not-html"),
    /** A WARC record that is not a response (warcinfo, request, metadata, revisit, ...). */
    NOT_RESPONSE("not-response"),
    /** A record over the size limit for one article. */
    TOO_LARGE("too-large"),
    /** A page or item with no article text left once the boilerplate is removed. */
    NO_TEXT("no-text");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
