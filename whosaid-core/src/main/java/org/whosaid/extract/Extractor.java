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
import org.whosaid.model.SpeakerType;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;
import org.whosaid.resolve.Draft;
import org.whosaid.resolve.Mention;
import org.whosaid.resolve.PronounRanker;
import org.whosaid.resolve.Resolver;
import org.whosaid.text.Analysis;
import org.whosaid.text.Offsets;
import org.whosaid.text.Paragraph;

/**
 * The front door of whosaid: turns one article into attributed statements and rejected marked
 * spans. Stateless and thread-safe; the CLI, the server and the Spark job all call this class.
 *
 * <pre>{@code
 * Extraction x = new Extractor().extract(Article.of("a1", text));
 * }</pre>
 */
public final class Extractor {

    private final PronounRanker ranker;
    private final PronounRanker.Listener listener;

    public Extractor() {
        this(PronounRanker.trained(), null);
    }

    /**
     * An extractor whose pronoun ranker is the one given, and whose listener hears every "he" or "she" with its
     * candidates: for training the ranker (a listener is called from the thread that extracts).
     */
    public Extractor(PronounRanker ranker, PronounRanker.Listener listener) {
        this.ranker = ranker;
        this.listener = listener;
    }

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
                name -> Lexicon.get().in(Lexicon.GOVERNMENT, name),
                () -> Issuers.find(analysis, finder.phrases(), names.names()), // who issued each document, on first use
                names::fullNameInText).rankPronouns(analysis, ranker, listener);
        List<Draft> drafts = finder.drafts();
        List<Resolver.Resolved> resolved = resolver.resolve(drafts);
        Offsets off = new Offsets(analysis.chars());
        List<Statement> statements = new ArrayList<>(drafts.size());
        String idPrefix = article.id() + "#";
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = withWrittenVia(drafts, resolved, i);
            statements.add(toStatement(idPrefix + (i + 1), d, resolved.get(i), statedRole(d, resolved.get(i), analysis),
                    text, off));
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

    /** Titles written before a name that say no role of their own. */
    static final java.util.Set<String> TITLES = java.util.Set.of("cllr", "cr", "coun", "deputy", "professor",
            "prof", "senior constable", "dr");

    /** How far either side of the attribution its paragraph is searched for the role (a one-line text is one paragraph). */
    private static final int ROLE_REACH = 1500;

    /**
     * The speaker's role as the paragraph that carries the attribution states it, as in the seed: a role the article gave
     * in another paragraph is not repeated ("Danilov said" two paragraphs on has none). A nominal speaker is its own
     * role ("the minister said": "minister"). Null when the paragraph states none.
     */
    static String statedRole(Draft d, Resolver.Resolved r, Analysis a) {
        String role = r.role();
        if (r.type() != SpeakerType.PERSON) {
            return null; // "IG Fertigung, the union that represents most of the workforce": a body's description
        }
        if (role != null && TITLES.contains(role.toLowerCase(java.util.Locale.ROOT))) {
            role = null; // "Cllr Declan Furlong", "Deputy Brosnan": a title, left out as the name leaves it out
        }
        Mention m = d.speaker();
        // the paragraph of the speaker phrase, which stands by its cue, else of the quote
        Paragraph p = a.paragraphs().get(m != null ? a.paragraphOf(m.startTok()) : d.paragraph());
        int at = m != null ? m.start() : d.start();
        int from = Math.max(p.start(), at - ROLE_REACH);
        int to = Math.min(p.end(), at + ROLE_REACH);
        if (role != null && occursWithin(a.text(), role, from, to)) {
            return role;
        }
        // (an unnamed person named later is one too: "…, a whistleblower has told investigators")
        if (m != null && ((m.type() == Mention.Type.PERSON_NOMINAL || m.type() == Mention.Type.ANONYMOUS)
                && m.head() != null && !Lexicon.get().in(Lexicon.HONORIFIC, m.head()) // not "His Highness"
                || "name:role-initials".equals(r.rule()))) {
            // "the minister said", "the agency's director said", "The CS denied": the nominal as written, without its
            // article
            return Subjects.stripArticle(a.text().substring(m.start(), m.end()));
        }
        return null;
    }

    /**
     * Whether s stands in text between from and to. Bounded, unlike {@code indexOf(s, from)}, which would read on to the
     * end of a long text for every statement whose role is not there.
     */
    private static boolean occursWithin(String text, String s, int from, int to) {
        for (int k = from; k + s.length() <= to; k++) {
            if (text.startsWith(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static Statement toStatement(String id, Draft d, Resolver.Resolved r, String role, String text, Offsets off) {
        Span quote = new Span(text.substring(d.start(), d.end()), off.cp(d.start()), off.cp(d.end()));
        Mention m = d.speaker();
        Span mention = m == null ? null : new Span(text.substring(m.start(), m.end()), off.cp(m.start()), off.cp(m.end()));
        Speaker speaker = new Speaker(r.name(), r.type(), mention, role);
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
