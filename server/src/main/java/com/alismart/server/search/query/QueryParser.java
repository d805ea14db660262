package com.alismart.server.search.query;

import com.alismart.server.search.Interpretation;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a shopper's words into a structured search: "red waterproof hiking boots for women under 40 dollars"
 * becomes keywords [waterproof, hiking, boots], category shoes, colour red, gender women, at most 40 USD.
 * English, Spanish, French, German, Portuguese and Russian, mixed freely. The vocabulary lives in the lexicon files
 * under {@code /search/}; this class and its helpers only know how those words combine.
 *
 * <p>Immutable once built and safe to share between threads.
 */
public final class QueryParser {
    private static final Logger LOG = LoggerFactory.getLogger(QueryParser.class);
    private static final String FALLBACK_CURRENCY = "USD";

    private final Lexicon lexicon;

    /** Loads the lexicon from the class path; fails if a lexicon file is missing or malformed. */
    public QueryParser() {
        this.lexicon = Lexicon.load();
    }

    /**
     * @param query           what the shopper typed; null and empty are fine
     * @param langHint        "en", "es", "fr", "de", "pt", "ru" (a region such as "pt-BR" is ignored), or null to
     *                        detect; words of every language are understood either way, the hint only settles
     *                        conflicts
     * @param defaultCurrency ISO 4217 code used when the query names no currency
     */
    public Interpretation parse(String query, String langHint, String defaultCurrency) {
        String currency = currency(defaultCurrency);
        try {
            return parseStrict(query, langHint, currency);
        } catch (RuntimeException e) {
            // A search must still run on a query the parser trips over, as plain words. Neither the query nor the
            // exception's message (which can quote it) is logged: only where it failed.
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            LOG.warn("query parser failed ({} at {}); searching the plain words", e.getClass().getName(), at);
            List<String> words = query == null ? List.of() : java.util.Arrays.stream(
                    query.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isEmpty()).distinct().limit(20).toList();
            return new Interpretation(words, null, List.of(), List.of(), null, List.of(), null, null, currency,
                    null, false, null, List.of());
        }
    }

    /** {@link #parse} without the safety net, so tests see a failure instead of an empty result. */
    Interpretation parseStrict(String query, String langHint, String defaultCurrency) {
        List<Token> tokens = Tokenizer.tokenize(query, lexicon::glues);
        return new Analysis(lexicon, tokens, Lang.of(langHint)).interpret(currency(defaultCurrency));
    }

    private static String currency(String code) {
        if (code == null) {
            return FALLBACK_CURRENCY;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.length() == 3 && c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z') ? c : FALLBACK_CURRENCY;
    }
}
