package org.whosaid.bank;

import java.util.List;

/**
 * A speaker of the registry: one id for every spelling of one person or organisation across
 * articles. {@code aliases} are ids merged into this one (a surname-only speaker later matched to a
 * full name); {@code evidence} says why each spelling and merge was accepted and why ambiguous
 * mentions were kept apart; {@code timeline} lists statements oldest first (empty in listings).
 */
public record SpeakerInfo(String id, String name, String type, long statements, List<String> spellings,
                          List<RoleSeen> roles, List<String> outlets, List<String> aliases, List<String> evidence,
                          List<Appearance> timeline) {
    public SpeakerInfo {
        spellings = List.copyOf(spellings);
        roles = List.copyOf(roles);
        outlets = List.copyOf(outlets);
        aliases = List.copyOf(aliases);
        evidence = List.copyOf(evidence);
        timeline = List.copyOf(timeline);
    }

    /** A role given to the speaker, with the first and last publication dates it was seen (or null). */
    public record RoleSeen(String role, String first, String last) {
    }
}
