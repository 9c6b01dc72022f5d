package org.whosaid.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** A lazy sequence of items read from one input, computed one record at a time and closed once. */
abstract class Records implements Iterator<Item>, Closeable {
    private Item next;
    private boolean done;

    /** The next item, or null at the end of the input. */
    protected abstract Item compute() throws IOException;

    @Override
    public void close() throws IOException {
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = compute();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    /** Records holding exactly the given items. */
    static Records of(Item... items) {
        return new Records() {
            private int i;

            @Override
            protected Item compute() {
                return i < items.length ? items[i++] : null;
            }
        };
    }
}
