package org.whosaid.model;

/**
 * Who made a statement: the name resolved within the article (the fullest form given), its type,
 * the mention as written next to the cue, and the role the article gives the speaker, or null.
 */
public record Speaker(String name, SpeakerType type, Span mention, String role) {
}
