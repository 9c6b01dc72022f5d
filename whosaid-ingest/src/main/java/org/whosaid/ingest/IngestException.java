package org.whosaid.ingest;

/** A record that cannot be read, with the input and offset it came from; becomes an {@link Item.Failed}. */
final class IngestException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long offset;

    IngestException(String source, long offset, String message) {
        super(message);
        this.source = source;
        this.offset = offset;
    }

    Item.Failed toItem() {
        return new Item.Failed(source, offset, getMessage());
    }
}
