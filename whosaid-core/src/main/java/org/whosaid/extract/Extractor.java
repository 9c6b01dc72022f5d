package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.model.Article;
import org.whosaid.model.CueClass;
import org.whosaid.model.Cue;
import org.whosaid.model.Extraction;
import org.whosaid.model.Rejected;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;
import org.whosaid.resolve.Draft;
import org.whosaid.resolve.Mention;
import org.whosaid.resolve.Resolver;
import org.whosaid.text.Analysis;
import org.whosaid.text.Offsets;

/**
 * The front door of whosaid: turns one article into attributed statements and rejected marked
 * spans. Stateless and thread-safe; the CLI, the server and the Spark job all call this class.
 *
 * <pre>{@code
 * Extraction x = new Extractor().extract(Article.of("a1", text));
 * }</pre>
 */
public final class Extractor {

    public Extraction extract(Article article) {
        String text = article.text();
        Analysis analysis = Analysis.of(text);
        Finder finder = new Finder(analysis);
        finder.run();
        NameScan names = new NameScan(analysis, finder.phrases(), finder);
        Resolver resolver = new Resolver(names.names(), names.genders(), names.titles(), names.subjects(), names.clauseEnds(),
                names.introducedIn(),
                names.subjectPhrases(), names.researchGroups(),
                head -> Lexicon.get().in(Lexicon.COMPANY, head), head -> Lexicon.get().in(Lexicon.ORG, head),
                head -> head != null && Lexicon.get().in(Lexicon.MEDIA, head),
                word -> Lexicon.get().in(Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC, word),
                () -> Issuers.find(analysis, finder.phrases(), names.names())); // who issued each document, on first use
        List<Draft> drafts = finder.drafts();
        List<Resolver.Resolved> resolved = resolver.resolve(drafts);
        Offsets off = new Offsets(analysis.chars());
        List<Statement> statements = new ArrayList<>(drafts.size());
        String idPrefix = article.id() + "#";
        for (int i = 0; i < drafts.size(); i++) {
            statements.add(toStatement(idPrefix + (i + 1), withWrittenVia(drafts, resolved, i), resolved.get(i), text, off));
        }
        List<Rejected> rejected = new ArrayList<>();
        for (Rejected r : finder.rejected()) {
            rejected.add(new Rejected(r.text(), off.cp(r.start()), off.cp(r.end()), r.reason()));
        }
        rejected.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new Extraction(article, statements, rejected);
    }

    /** How many statements back a later "she wrote" looks for its speaker's channel. */
    private static final int WRITTEN_VIA_REACH = 12;

    /**
     * Draft i, with the channel of its speaker's earlier statement in the same paragraph when its cue is one of writing
     * and names none: "X wrote on Facebook that … “…,” she wrote" (both on Facebook).
     */
    private static Draft withWrittenVia(List<Draft> drafts, List<Resolver.Resolved> resolved, int i) {
        Draft d = drafts.get(i);
        String name = resolved.get(i).name();
        if (!d.via().isEmpty() || d.cue() == null || d.cue().cueClass() != CueClass.WRITING || name == null) {
            return d;
        }
        // (a few statements back: a paragraph holds few, and a one-line text of thousands must stay linear)
        for (int j = i - 1; j >= 0 && j >= i - WRITTEN_VIA_REACH && drafts.get(j).paragraph() == d.paragraph(); j--) {
            if (name.equals(resolved.get(j).name())) {
                Draft e = drafts.get(j);
                return e.via().isEmpty() ? d : new Draft(d.kind(), d.start(), d.end(), d.paragraph(), d.speaker(), d.cue(),
                        e.via(), d.confidence(), d.evidence());
            }
        }
        return d;
    }

    private static Statement toStatement(String id, Draft d, Resolver.Resolved r, String text, Offsets off) {
        Span quote = new Span(text.substring(d.start(), d.end()), off.cp(d.start()), off.cp(d.end()));
        Mention m = d.speaker();
        Span mention = m == null ? null : new Span(text.substring(m.start(), m.end()), off.cp(m.start()), off.cp(m.end()));
        Speaker speaker = new Speaker(r.name(), r.type(), mention, r.role());
        Cue cue = d.cue() == null ? null
                : new Cue(d.cue().text(), off.cp(d.cue().start()), off.cp(d.cue().end()), d.cue().cueClass());
        // immutable lists made here, so that the record keeps them as they are instead of copying them
        Via[] via = new Via[d.via().size()];
        for (int i = 0; i < via.length; i++) {
            Draft.ViaRef v = d.via().get(i);
            via[i] = new Via(v.name(), off.cp(v.start()), off.cp(v.end()));
        }
        String[] evidence = d.evidence().toArray(new String[d.evidence().size() + 1]);
        evidence[evidence.length - 1] = "speaker:" + r.rule();
        double confidence = Math.max(0.05, Math.min(0.99, d.confidence() - r.penalty()));
        confidence = Math.round(confidence * 100) / 100.0;
        return new Statement(id, d.kind(), quote, speaker, cue, List.of(via), confidence, List.of(evidence));
    }
}
