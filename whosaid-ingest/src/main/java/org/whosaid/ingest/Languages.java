package org.whosaid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language of an article's text, from OpenNLP's language-detection model (103 languages, shipped in
 * the {@code opennlp-models-langdetect} jar). The model is loaded once per JVM on first use and
 * shared; each thread gets its own detector over it.
 */
final class Languages {
    /** Text looked at: the first thousand characters tell the language as well as the whole (and cost a quarter of 4,000). */
    private static final int SAMPLE_CHARS = 1000;
    /** Shorter texts are not judged: a headline's worth of words fools the model. */
    private static final int MIN_LETTERS = 40;
    /** The best language must be this many times as likely as the next one to be believed. */
    private static final double MIN_RATIO = 1.5;
    private static final String MODEL = "/langdetect-183.bin";

    /** A detected language (ISO 639-1 where one exists, else the model's ISO 639-3 code), or none. */
    record Detected(String code, boolean reliable) {
    }

    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " is not on the class path");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load language model " + MODEL, e);
            }
        }
    }

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private final ThreadLocal<LanguageDetectorME> detector =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.INSTANCE));

    Detected detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return new Detected(null, false);
        }
        Language[] ranked = detector.get().predictLanguages(sample);
        if (ranked.length == 0) {
            return new Detected(null, false);
        }
        boolean reliable = ranked.length == 1 || ranked[0].getConfidence() >= MIN_RATIO * ranked[1].getConfidence();
        return new Detected(toTwoLetter(ranked[0].getLang()), reliable);
    }

    /** A declared language tag ("en-GB", "en_US", "eng") as its primary ISO 639-1 code, or null. */
    static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
            cut++;
        }
        t = t.substring(0, cut);
        if (t.length() == 3) {
            return toTwoLetter(t);
        }
        return t.length() == 2 ? t : null;
    }

    static String toTwoLetter(String iso3) {
        return TWO_LETTER.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code with no three-letter form keeps its model code
            }
        }
        // the model's macrolanguage and variant codes that Locale does not list
        m.put("cmn", "zh");
        m.put("zho", "zh");
        m.put("nob", "nb");
        m.put("nno", "nn");
        m.put("pes", "fa");
        m.put("zsm", "ms");
        m.put("ekk", "et");
        m.put("lvs", "lv");
        m.put("swh", "sw");
        m.put("uzn", "uz");
        m.put("azj", "az");
        m.put("khk", "mn");
        m.put("plt", "mg");
        m.put("npi", "ne");
        return Map.copyOf(m);
    }
}
