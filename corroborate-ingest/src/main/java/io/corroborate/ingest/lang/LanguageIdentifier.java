package io.corroborate.ingest.lang;

import io.corroborate.text.Article;
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
 * Tells an article's language with OpenNLP's language detector and its 103-language model
 * ({@code org.apache.opennlp:opennlp-models-langdetect}, loaded once from the class path, about a second).
 * Codes are ISO 639-1 ("en", "de") where the language has one, else ISO 639-3. Thread-safe.
 *
 * <p>Text too short to judge, or a guess barely ahead of the runner-up, keeps the language the page declared
 * (which may be null): a declared {@code <html lang>} is often a site-wide template default, so a clear
 * detection wins over it.
 */
public final class LanguageIdentifier {
    /** Fewer letters than this: too little to judge. */
    public static final int MIN_LETTERS = 20;
    /** At most this many chars are looked at (the start of the body is representative; keeps it fast). */
    public static final int MAX_CHARS = 3_000;
    /** The best guess must be this many times as likely as the second to overrule a declared language. */
    public static final double MIN_MARGIN = 1.5;

    private static final String MODEL_RESOURCE = "langdetect-183.bin";

    private final LanguageDetectorModel model;
    // LanguageDetectorME is not documented as thread-safe; the model is, so each thread gets its own detector
    private final ThreadLocal<LanguageDetectorME> detector;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
    }

    private static final class Holder {
        static final LanguageIdentifier INSTANCE = load();
    }

    /** The shared instance; the model loads on first use. */
    public static LanguageIdentifier shared() {
        return Holder.INSTANCE;
    }

    private static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("language model " + MODEL_RESOURCE + " not on the class path");
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
        }
    }

    /** The article with its language set (unchanged when the text is too short and nothing was declared). */
    public Article identify(Article article) {
        String lang = detect(article.text(), article.language());
        return lang == null || lang.equals(article.language()) ? article : article.withLanguage(lang);
    }

    /**
     * @param text     the body text
     * @param declared the language the source declared, or null
     * @return the detected language, or {@code declared} when the text does not settle it
     */
    public String detect(String text, String declared) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (letters(sample) < MIN_LETTERS) return declared;
        Language[] ranked = detector.get().predictLanguages(sample);
        if (ranked.length == 0) return declared;
        String best = toIso1(ranked[0].getLang());
        if (declared == null || ranked.length < 2) return best;
        double margin = ranked[0].getConfidence() / Math.max(ranked[1].getConfidence(), 1e-12);
        return margin >= MIN_MARGIN ? best : declared;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) n++;
        }
        return n;
    }

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    /** "deu" -> "de"; macrolanguage members the model uses map to their macrolanguage's code. */
    static String toIso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known for it
            }
        }
        // individual languages the model names, under their macrolanguage's two-letter code
        m.put("cmn", "zh");
        m.put("ekk", "et");
        m.put("lvs", "lv");
        m.put("pes", "fa");
        m.put("plt", "mg");
        m.put("pnb", "pa");
        m.put("zsm", "ms");
        m.put("swh", "sw");
        m.put("uzn", "uz");
        m.put("azj", "az");
        m.put("khk", "mn");
        return Map.copyOf(m);
    }
}
