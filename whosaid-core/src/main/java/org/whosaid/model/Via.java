package org.whosaid.model;

/** An outlet or channel that relayed a statement ("according to Ukrinform", "told Reuters"). */
public record Via(String name, int start, int end) {
}
