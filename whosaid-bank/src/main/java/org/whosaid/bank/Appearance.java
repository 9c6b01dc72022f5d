package org.whosaid.bank;

import java.util.List;

/**
 * One statement as stored in the bank, in brief: where and when it appeared, who said it and
 * through whom. Used for cluster members and speaker timelines.
 */
public record Appearance(String statementId, String articleKey, String source, String url, String title, String outlet,
                         String published, String speakerId, String speaker, String role, String kind,
                         String quote, List<String> via, String clusterId) {
    public Appearance {
        via = List.copyOf(via);
    }
}
