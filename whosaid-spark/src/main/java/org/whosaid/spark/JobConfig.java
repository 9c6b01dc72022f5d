package org.whosaid.spark;

import java.util.List;
import java.util.Objects;

/**
 * What one run of the job is asked to do, checked once: the input globs, the output folder, the
 * stages to run, and the optional outputs. Built by {@link Main} from the command line.
 *
 * @param inputs     globs or paths of WARC(.gz), JSONL, text or HTML files and folders (local paths, or any
 *                   file system URI Hadoop reads: hdfs://, s3a://)
 * @param output     the run folder; the tables are written in sub-folders (see docs/spark.md)
 * @param extract    run stage 1 (records to the statements and articles tables)
 * @param link       run stage 2 (speakers, clusters and links over the statements table)
 * @param jsonl      also write the output contract as JSONL, one line per extracted article
 * @param withText   add the analysed article text (articles.text, and article.text in the JSONL)
 * @param textBatch  text and HTML files read by one task (WARC and JSONL files are one task each)
 */
public record JobConfig(List<String> inputs, String output, boolean extract, boolean link, boolean jsonl,
        boolean withText, int textBatch) {

    public JobConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        if (extract && inputs.isEmpty()) {
            throw new IllegalArgumentException("--input is required to extract");
        }
        if (!extract && !link) {
            throw new IllegalArgumentException("nothing to do: no stage chosen");
        }
        if (textBatch < 1) {
            throw new IllegalArgumentException("--text-batch must be 1 or more: " + textBatch);
        }
    }
}
