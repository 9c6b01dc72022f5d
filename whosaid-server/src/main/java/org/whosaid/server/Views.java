package org.whosaid.server;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.bank.Appearance;
import org.whosaid.bank.ClusterInfo;
import org.whosaid.bank.QuoteBank;
import org.whosaid.bank.SearchResult;
import org.whosaid.bank.SpeakerInfo;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Extraction;

/**
 * The bank reads that the API and the pages share, with "not found" and bad input turned into
 * {@link ApiError}s, so the JSON and the HTML of one item always agree.
 */
final class Views {
    private final QuoteBank bank;
    private final Extractor extractor = new Extractor();

    Views(QuoteBank bank) {
        this.bank = bank;
    }

    SearchResult search(SearchParams p) {
        SearchResult.After after = p.cursor() == null ? null : Cursor.decode(p.cursor(), p.queryKey());
        try {
            return bank.search(p.query(), after);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /** An article with its statements, rejected spans and the registry id of each statement's speaker. */
    record ArticleView(String key, Extraction extraction, List<String> speakerIds) {
    }

    ArticleView article(String key) {
        Extraction stored = bank.article(key).orElseThrow(() -> ApiError.notFound("no such article: " + key));
        // the bank keeps statements, not rejected spans; the extractor is deterministic, so extracting
        // the stored text again gives the spans set aside when the article was indexed
        Extraction again = extractor.extract(stored.article());
        List<String> speakerIds = new ArrayList<>();
        for (int i = 0; i < stored.statements().size(); i++) {
            String sid = key + "#" + (i + 1);
            String id = bank.cluster(sid).flatMap(c -> c.appearances().stream()
                    .filter(a -> a.statementId().equals(sid)).findFirst()).map(Appearance::speakerId).orElse(null);
            speakerIds.add(id);
        }
        return new ArticleView(key, new Extraction(stored.article(), stored.statements(), again.rejected()), speakerIds);
    }

    SpeakerInfo speaker(String id) {
        return bank.speaker(id).orElseThrow(() -> ApiError.notFound("no such speaker: " + id));
    }

    /** A cluster by its id or by the id of any statement in it. */
    ClusterInfo cluster(String id) {
        return bank.cluster(id).orElseThrow(() -> ApiError.notFound("no such statement or cluster: " + id));
    }
}
