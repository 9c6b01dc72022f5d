package org.whosaid.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.whosaid.bank.Keys;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;
import org.whosaid.write.ContractJson;

/**
 * The row shapes of the job: one record row per record read (an extracted article with its
 * statements nested, a skipped or a failed record), from which the statements and articles tables
 * are selected. Column names are the output contract's fields flattened with underscores.
 */
final class Tables {
    private Tables() {
    }

    static final String EXTRACTED = "extracted";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";
    /** The month of articles whose publication date is absent or unreadable. */
    static final String NO_MONTH = "unknown";

    static final StructType VIA = createStructType(new StructField[] {
        createStructField("name", StringType, false),
        createStructField("start", IntegerType, false),
        createStructField("end", IntegerType, false)});

    static final StructType STATEMENT = createStructType(new StructField[] {
        createStructField("statement_id", StringType, false),
        createStructField("position", IntegerType, false),
        createStructField("kind", StringType, false),
        createStructField("quote_text", StringType, false),
        createStructField("quote_start", IntegerType, false),
        createStructField("quote_end", IntegerType, false),
        createStructField("speaker_name", StringType, true),
        createStructField("speaker_type", StringType, false),
        createStructField("speaker_mention", StringType, true),
        createStructField("speaker_mention_start", IntegerType, true),
        createStructField("speaker_mention_end", IntegerType, true),
        createStructField("speaker_role", StringType, true),
        createStructField("cue_text", StringType, true),
        createStructField("cue_start", IntegerType, true),
        createStructField("cue_end", IntegerType, true),
        createStructField("cue_class", StringType, true),
        createStructField("via", createArrayType(VIA, false), false),
        createStructField("confidence", DoubleType, false),
        createStructField("evidence", createArrayType(StringType, false), false)});

    static final StructType RECORD = createStructType(new StructField[] {
        createStructField("input", StringType, false),
        createStructField("record", IntegerType, false),
        createStructField("source", StringType, true),
        createStructField("status", StringType, false),
        createStructField("reason", StringType, true),
        createStructField("message", StringType, true),
        createStructField("article_id", StringType, true),
        createStructField("article_key", StringType, true),
        createStructField("url", StringType, true),
        createStructField("title", StringType, true),
        createStructField("outlet", StringType, true),
        createStructField("published", StringType, true),
        createStructField("language", StringType, true),
        createStructField("month", StringType, false),
        createStructField("statements", createArrayType(STATEMENT, false), false),
        createStructField("rejected", IntegerType, false),
        createStructField("text", StringType, true),
        createStructField("json", StringType, true)});

    /** The row of an extracted article; {@code json} is its contract line when JSONL is written. */
    static Row extracted(String input, int record, Extraction x, boolean withText, boolean jsonl) {
        Article a = x.article();
        Article.Metadata m = a.metadata();
        List<Row> statements = new ArrayList<>(x.statements().size());
        int position = 0;
        for (Statement s : x.statements()) {
            statements.add(statement(s, ++position));
        }
        return RowFactory.create(input, record, a.source(), EXTRACTED, null, null, a.id(), Keys.articleKey(a),
                m.url(), m.title(), m.outlet(), m.published(), m.language(), month(m.published()), seq(statements),
                x.rejected().size(), withText ? a.text() : null, jsonl ? ContractJson.line(x, withText) : null);
    }

    /** The row of a record with no article: skipped (with the reason's label) or failed. */
    static Row other(String input, int record, String source, String status, String reason, String message) {
        return RowFactory.create(input, record, source, status, reason, message, null, null, null, null, null, null,
                null, NO_MONTH, seq(List.of()), 0, null, null);
    }

    private static Row statement(Statement s, int position) {
        List<Row> via = new ArrayList<>(s.via().size());
        for (Via v : s.via()) {
            via.add(RowFactory.create(v.name(), v.start(), v.end()));
        }
        var sp = s.speaker();
        var mention = sp.mention();
        var cue = s.cue();
        return RowFactory.create(s.id(), position, s.kind().label(), s.quote().text(), s.quote().start(),
                s.quote().end(), sp.name(), sp.type().label(), mention == null ? null : mention.text(),
                mention == null ? null : mention.start(), mention == null ? null : mention.end(), sp.role(),
                cue == null ? null : cue.text(), cue == null ? null : cue.start(), cue == null ? null : cue.end(),
                cue == null ? null : cue.cueClass().label(), seq(via), s.confidence(), seq(s.evidence()));
    }

    /** A list as Spark's rows hold arrays (a Scala sequence). */
    static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list);
    }

    /** The published month (YYYY-MM) of an ISO date, or {@link #NO_MONTH}. */
    static String month(String published) {
        if (published == null || published.length() < 7) {
            return NO_MONTH;
        }
        for (int i = 0; i < 7; i++) {
            char c = published.charAt(i);
            if (i == 4 ? c != '-' : c < '0' || c > '9') {
                return NO_MONTH;
            }
        }
        return published.substring(0, 7);
    }
}
