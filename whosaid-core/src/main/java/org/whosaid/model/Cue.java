package org.whosaid.model;

/**
 * The words that mark a report ("said", "according to", "quoted ... as saying") and the class of
 * the reporting act. Offsets are those of the first and last cue word; for a discontinuous frame
 * the text joins its parts with " ... ".
 */
public record Cue(String text, int start, int end, CueClass cueClass) {
}
