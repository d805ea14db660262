package com.alismart.server.search.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English words for query words of other languages ({@code search/translations.tsv}), so that "chaussures de
 * randonnée imperméables" ranks hiking boots rather than any shoes: the embedded catalog's titles are English, and
 * the parser has already taken out what it understands (category, colours, sizes...) but leaves product words as
 * typed. Only words the catalog's text does not have are translated; a phrase of several words ("ordinateur
 * portable", "sac à dos") is translated as one term, longest first.
 */
public final class KeywordTranslations {
    /** The longest phrase, in words, that the file has after stop words are taken out. */
    private static final int MAX_WORDS = 3;

    /** Per language: the stemmed words of a phrase, joined by a space, to the English words. */
    private final Map<Lang, Map<String, List<String>>> phrases = new HashMap<>();
    private int maxWords = 1;

    private KeywordTranslations() {
    }

    /** Reads the file from the class path; a bad line fails loudly at start-up. */
    public static KeywordTranslations load() {
        Map<Lang, Set<String>> stop = stopWords();
        KeywordTranslations t = new KeywordTranslations();
        String text = resource("/search/translations.tsv");
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t");
            Lang lang = cols.length == 3 ? Lang.of(cols[1]) : null;
            if (lang == null || lang == Lang.EN || cols[0].isBlank()) {
                throw new IllegalStateException("translations.tsv line " + lineNo
                        + ": expected english<TAB>lang<TAB>forms with lang one of es, fr, de, pt, ru");
            }
            List<String> english = List.of(cols[0].strip().toLowerCase(Locale.ROOT).split(" +"));
            for (String form : cols[2].split("\\|")) {
                List<String> words = words(form, lang, stop.getOrDefault(lang, Set.of()));
                if (words.isEmpty() || words.size() > MAX_WORDS) {
                    throw new IllegalStateException("translations.tsv line " + lineNo + ": the form '" + form
                            + "' has no word, or more than " + MAX_WORDS);
                }
                t.maxWords = Math.max(t.maxWords, words.size());
                t.phrases.computeIfAbsent(lang, k -> new HashMap<>()).putIfAbsent(String.join(" ", words), english);
            }
        }
        return t;
    }

    /**
     * What the translation of a query's keywords gives.
     *
     * @param fromPhrases English words for phrases of several typed words ("sac à dos" gives "backpack")
     * @param fromWords   English words for single typed words the catalog does not have ("randonnée": "hiking")
     * @param phraseWords the typed words (lower case) that were part of a translated phrase: there they mean the
     *                    phrase, not themselves ("portable" of "ordinateur portable")
     */
    public record Translation(List<String> fromPhrases, List<String> fromWords, Set<String> phraseWords) {
    }

    /**
     * Translates the keywords: phrases of several words wherever they appear, longest first; single words only
     * where the catalog does not know them. {@code lang} is tried first when it is one of ours, then the other
     * languages. Words nothing is known of are left out.
     */
    public Translation translate(List<String> keywords, String lang, Predicate<String> known) {
        List<Lang> order = new ArrayList<>();
        Lang preferred = Lang.of(lang);
        if (preferred != null && preferred != Lang.EN) {
            order.add(preferred);
        }
        for (Lang l : Lang.values()) {
            if (l != Lang.EN && !order.contains(l)) {
                order.add(l);
            }
        }
        List<String> fromPhrases = new ArrayList<>();
        List<String> fromWords = new ArrayList<>();
        Set<String> phraseWords = new HashSet<>();
        int i = 0;
        while (i < keywords.size()) {
            List<String> found = null;
            int length = 0;
            for (int n = Math.min(maxWords, keywords.size() - i); n >= 1 && found == null; n--) {
                // A single word the catalog knows needs no translation ("portable", "box"); a phrase of several
                // is translated even so ("óculos de sol"): its words alone mean something else.
                if (n == 1 && known.test(keywords.get(i).toLowerCase(Locale.ROOT))) {
                    break;
                }
                for (Lang l : order) {
                    Map<String, List<String>> table = phrases.get(l);
                    List<String> english = table == null ? null : table.get(stems(keywords, i, n, l));
                    if (english != null) {
                        found = english;
                        length = n;
                        break;
                    }
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            if (length > 1) {
                found.forEach(w -> add(fromPhrases, w));
                for (int k = i; k < i + length; k++) {
                    phraseWords.add(keywords.get(k).toLowerCase(Locale.ROOT));
                }
            } else {
                found.forEach(w -> add(fromWords, w));
            }
            i += length;
        }
        return new Translation(fromPhrases, fromWords, phraseWords);
    }

    private static void add(List<String> out, String word) {
        if (!out.contains(word)) {
            out.add(word);
        }
    }

    private static String stems(List<String> words, int from, int n, Lang lang) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(Stemmer.stem(lang, Text.fold(words.get(k).toLowerCase(Locale.ROOT))));
        }
        return sb.toString();
    }

    /** The folded, stemmed words of a form, without the language's stop words (the parser drops them too). */
    private static List<String> words(String form, Lang lang, Set<String> stop) {
        List<String> out = new ArrayList<>();
        for (String raw : form.strip().toLowerCase(Locale.ROOT).split("[\\s]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            // "d'água", "l'été": the elided article is a stop word of its own.
            int apostrophe = raw.indexOf('\'');
            boolean elided = apostrophe > 0 && apostrophe < raw.length() - 1
                    && stop.contains(raw.substring(0, apostrophe + 1));
            String w = elided ? raw.substring(apostrophe + 1) : raw;
            if (!stop.contains(w)) {
                out.add(Stemmer.stem(lang, Text.fold(w)));
            }
        }
        return out;
    }

    private static Map<Lang, Set<String>> stopWords() {
        Map<Lang, Set<String>> out = new HashMap<>();
        for (String line : resource("/search/stopwords.tsv").split("\n")) {
            String[] cols = line.strip().split("\t");
            if (cols.length < 3 || line.startsWith("#")) {
                continue;
            }
            Lang lang = Lang.of(cols[1]);
            if (lang != null) {
                Set<String> set = out.computeIfAbsent(lang, k -> new HashSet<>());
                for (String w : cols[2].split("\\|")) {
                    set.add(w.strip());
                }
            }
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = KeywordTranslations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
