package org.whosaid.bank;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The layout of the bank's Lucene index: document types, field names, the analyzer and the facet
 * dimensions. Every document has a {@code type}: one {@code article} document and one
 * {@code statement} document per statement share the {@code article} key (so re-indexing an article
 * replaces them together); {@code speaker} documents hold the registry and {@code calias}
 * documents the cluster merges, written in the same commit as the statements they describe.
 */
final class Fields {
    static final String TYPE = "type";
    static final String T_ARTICLE = "article";
    static final String T_STATEMENT = "statement";
    static final String T_SPEAKER = "speaker";
    static final String T_CLUSTER_ALIAS = "calias";

    static final String ARTICLE = "article";
    static final String HASH = "hash";
    static final String AID = "aid";
    static final String SID = "sid";
    static final String SEQ = "seq";
    static final String JSON = "json";
    static final String TEXT = "text";
    static final String QUOTE = "quote";
    static final String ABOUT = "about";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_NAME = "speaker_name";
    static final String ROLE = "role";
    static final String OUTLET = "outlet";
    static final String OUTLET_TEXT = "outlet_text";
    static final String VIA = "via";
    static final String KIND = "kind";
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String SOURCE = "source";
    static final String TITLE = "title";
    static final String CLUSTER = "cluster";
    static final String LSH = "lsh";
    static final String SPK = "spk";
    static final String CALIAS = "calias";
    static final String CALIAS_TO = "calias_to";

    static final String DIM_SPEAKER = "speaker";
    static final String DIM_OUTLET = "outlet";
    static final String DIM_MONTH = "month";
    static final String DIM_KIND = "kind";

    /** Quote text: stored, with offsets in the postings so the highlighter need not re-analyse. */
    static final FieldType QUOTE_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        QUOTE_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        QUOTE_TYPE.freeze();
    }

    private Fields() {
    }

    static FacetsConfig facets() {
        return new FacetsConfig();
    }

    /** Standard word tokens, lower-cased and folded to ASCII (Peskov, PESKOV and Pëskov match alike); no stemming. */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(t, s);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100; // a phrase never spans two values of a field (an outlet and a via)
            }
        };
    }
}
