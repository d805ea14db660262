package com.alismart.server.search.query;

import com.alismart.server.catalog.Taxonomy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parser's vocabulary, read from tab-separated files under {@code /search/} on the class path. Every line is
 * {@code canonical<TAB>lang<TAB>form|form|...[<TAB>flags]}: lang is en, es, fr, de, pt, ru or * (any language);
 * a form may be several words ("navy blue", "envío gratis"); flags is a comma-separated list of
 * {@code exact} (no inflected forms), {@code weak} (a currency word that only counts next to a number),
 * {@code broad} (a domain word, like "dog" or "car", that yields to any specific product word) and
 * {@code gender=kids} (the word also says who the product is for). Immutable once built.
 */
final class Lexicon {
    /** The files and the kind of every line in them; patterns.tsv names the kind in its first column. */
    static final Map<String, Kind> FILES;

    static {
        Map<String, Kind> files = new LinkedHashMap<>();
        files.put("categories.tsv", Kind.CATEGORY);
        files.put("colors.tsv", Kind.COLOR);
        files.put("materials.tsv", Kind.MATERIAL);
        files.put("genders.tsv", Kind.GENDER);
        files.put("sorts.tsv", Kind.SORT);
        files.put("currencies.tsv", Kind.CURRENCY);
        files.put("stopwords.tsv", Kind.STOP);
        files.put("patterns.tsv", null);
        FILES = Collections.unmodifiableMap(files);
    }

    /** One form of one lexicon line. {@code lang} is null for forms shared by every language (symbols). */
    record Entry(Kind kind, String value, Lang lang, String[] words, String[] stems, boolean inflects,
            boolean weak, boolean broad, String gender) {
        int length() {
            return words.length;
        }
    }

    /** An entry found at a place in a query; exact when no word needed its inflected form to match. */
    record Match(Entry entry, int start, int length, boolean exact) {
        int end() {
            return start + length;
        }
    }

    /** Where matching gets the stem of query word {@code token} in {@code lang}; the parser caches them. */
    interface Stems {
        String stem(int token, Lang lang);
    }

    private final Map<String, List<Entry>> byWord = new HashMap<>();
    /** Per language (by ordinal): stem of the first word to entries. */
    private final List<Map<String, List<Entry>>> byStem = new ArrayList<>();
    private final Map<String, Integer> languages = new HashMap<>();
    private final Set<String> glue = new HashSet<>();
    private int size;

    private Lexicon() {
        for (int l = 0; l < Lang.values().length; l++) {
            byStem.add(new HashMap<>());
        }
    }

    /** Reads every file from the class path; a missing file or a bad line fails loudly at start-up. */
    static Lexicon load() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : FILES.keySet()) {
            try (InputStream in = Lexicon.class.getResourceAsStream("/search/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon file /search/" + name + " is missing");
                }
                texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon file " + name, e);
            }
        }
        return parse(texts);
    }

    /** Builds a lexicon from file name to file text; the names must be those of {@link #FILES}. */
    static Lexicon parse(Map<String, String> texts) {
        Lexicon lex = new Lexicon();
        for (Map.Entry<String, String> file : texts.entrySet()) {
            if (!FILES.containsKey(file.getKey())) {
                throw new IllegalArgumentException("unknown lexicon file " + file.getKey());
            }
            try (BufferedReader r = new BufferedReader(new StringReader(file.getValue()))) {
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    try {
                        lex.addLine(FILES.get(file.getKey()), line);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(file.getKey() + ":" + no + ": " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lex;
    }

    private void addLine(Kind fileKind, String line) {
        String[] cols = line.split("\t");
        if (cols.length < 3 || cols.length > 4) {
            throw new IllegalArgumentException("expected canonical, lang, forms[, flags] separated by tabs");
        }
        String canonical = cols[0].strip();
        Kind kind = fileKind != null ? fileKind : Kind.named(canonical);
        String value = fileKind != null ? canonical : null;
        validate(kind, canonical);
        String langCode = cols[1].strip();
        Lang lang = langCode.equals("*") ? null : Lang.of(langCode);
        if (lang == null && !langCode.equals("*")) {
            throw new IllegalArgumentException("unknown language " + langCode);
        }
        boolean inflects = kind.inflects;
        boolean weak = false;
        boolean broad = false;
        String gender = null;
        if (cols.length == 4) {
            for (String flag : cols[3].split(",")) {
                String f = flag.strip();
                if (f.equals("exact")) {
                    inflects = false;
                } else if (f.equals("weak")) {
                    weak = true;
                } else if (f.equals("broad")) {
                    broad = true;
                } else if (f.startsWith("gender=") && Taxonomy.GENDERS.contains(f.substring(7))) {
                    gender = f.substring(7);
                } else if (!f.isEmpty()) {
                    throw new IllegalArgumentException("unknown flag " + f);
                }
            }
        }
        for (String form : cols[2].split("\\|")) {
            if (form.isBlank()) {
                continue;
            }
            List<Token> toks = Tokenizer.tokenize(form, null);
            if (toks.isEmpty()) {
                throw new IllegalArgumentException("form '" + form + "' has no words");
            }
            String[] words = new String[toks.size()];
            String[] stems = new String[toks.size()];
            for (int k = 0; k < words.length; k++) {
                words[k] = toks.get(k).fold();
                stems[k] = lang != null && toks.get(k).isWord() ? Stemmer.stem(lang, words[k]) : words[k];
            }
            add(new Entry(kind, value, lang, words, stems, inflects && lang != null, weak, broad, gender));
        }
    }

    private static void validate(Kind kind, String canonical) {
        boolean ok = switch (kind) {
            case CATEGORY -> Taxonomy.CATEGORY_BY_ID.containsKey(canonical);
            case COLOR -> Taxonomy.COLORS.containsKey(canonical);
            case MATERIAL -> Taxonomy.MATERIALS.contains(canonical);
            case GENDER -> Taxonomy.GENDERS.contains(canonical);
            case SORT -> Taxonomy.SORTS.contains(canonical);
            case CURRENCY -> canonical.length() == 3 && canonical.chars().allMatch(c -> c >= 'A' && c <= 'Z');
            case STOP -> canonical.equals("stop") || canonical.equals("break");
            default -> true;
        };
        if (!ok) {
            throw new IllegalArgumentException("'" + canonical + "' is not a valid "
                    + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private void add(Entry e) {
        size++;
        byWord.computeIfAbsent(e.words()[0], k -> new ArrayList<>(2)).add(e);
        if (e.inflects()) {
            byStem.get(e.lang().ordinal()).computeIfAbsent(e.stems()[0], k -> new ArrayList<>(2)).add(e);
        }
        if (e.lang() != null && e.length() == 1) {
            languages.merge(e.words()[0], 1 << e.lang().ordinal(), (a, b) -> a | b);
        }
        if (e.length() == 1 && (e.kind() == Kind.CURRENCY || e.kind() == Kind.STAR_WORD)) {
            glue.add(e.words()[0]);
        }
    }

    int size() {
        return size;
    }

    /** How many forms of this language map onto a canonical value (a category id, a colour...). */
    int forms(Kind kind, String value, Lang lang) {
        int count = 0;
        for (List<Entry> list : byWord.values()) {
            for (Entry e : list) {
                if (e.kind() == kind && e.lang() == lang && value.equals(e.value())) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether letters typed right after a number are a word of their own ("usd" in "40usd"). */
    boolean glues(String fold) {
        return glue.contains(fold);
    }

    /** Bit set of the languages ({@code 1 << ordinal}) that have this exact single word. */
    int languagesOf(String fold) {
        return languages.getOrDefault(fold, 0);
    }

    /** Every entry that matches the query starting at token {@code i}, short and long. */
    List<Match> matchesAt(List<Token> toks, int i, Stems stems) {
        List<Match> out = new ArrayList<>(4);
        Token t = toks.get(i);
        collect(byWord.get(t.fold()), toks, i, stems, out);
        if (t.isWord()) {
            for (Lang l : Lang.values()) {
                collect(byStem.get(l.ordinal()).get(stems.stem(i, l)), toks, i, stems, out);
            }
        }
        return out;
    }

    /** Single-word entries of one language and kind for a bare string: the parts of a German compound. */
    List<Entry> singleWords(String fold, Lang lang, Kind kind) {
        List<Entry> out = new ArrayList<>(2);
        for (List<Entry> list : List.of(byWord.getOrDefault(fold, List.of()),
                byStem.get(lang.ordinal()).getOrDefault(Stemmer.stem(lang, fold), List.of()))) {
            for (Entry e : list) {
                if (e.length() == 1 && e.lang() == lang && e.kind() == kind && !out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static void collect(List<Entry> entries, List<Token> toks, int i, Stems stems, List<Match> out) {
        if (entries == null) {
            return;
        }
        outer:
        for (Entry e : entries) {
            for (Match m : out) {
                if (m.entry() == e) {
                    continue outer;
                }
            }
            int n = e.length();
            if (i + n > toks.size()) {
                continue;
            }
            boolean exact = true;
            for (int k = 0; k < n; k++) {
                Token t = toks.get(i + k);
                if (t.fold().equals(e.words()[k])) {
                    continue;
                }
                if (e.inflects() && t.isWord() && stems.stem(i + k, e.lang()).equals(e.stems()[k])) {
                    exact = false;
                    continue;
                }
                continue outer;
            }
            out.add(new Match(e, i, n, exact));
        }
    }
}
