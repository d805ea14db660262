package com.alismart.server.search.query;

import com.alismart.server.search.Interpretation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One query on its way to an {@link Interpretation}. Passes run in a fixed order and each claims the tokens it
 * understands, so a later pass never reinterprets them: phrases to keep whole, ratings, sizes, prices, negations,
 * then the plain word roles (category, colour, material, gender, sort, shipping, stop words). Whatever is left
 * unclaimed is a keyword. Not thread-safe; the parser makes one per call.
 */
final class Analysis {
    private enum Role { NONE, KEEP, CATEGORY, COLOR, MATERIAL, GENDER, SORT, SHIPPING, CURRENCY, STOP, PRICE, RATING,
        SIZE, EXCLUDED, IGNORED }

    private static final double MAX_RATING = 5;
    private static final double MAX_SIZE_NUMBER = 200;
    private static final int MARKER_REACH = 6;
    /** Longer words are not German compounds but noise; splitting them would cost time for nothing. */
    private static final int MAX_COMPOUND = 40;

    /** Letter sizes that only count after a size word ("size m"); "m" alone is a word. */
    private static final Set<String> LETTER_SIZES = Set.of("xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "xxxxl",
            "xxxxxl", "2xs", "2xl", "3xl", "4xl", "5xl", "6xl", "7xl", "8xl", "p", "pp", "g", "gg", "eg", "xg", "xgg");
    /** Letter sizes nobody types for another reason, recognised without a size word. */
    private static final Set<String> STANDALONE_SIZES = Set.of("xxs", "xs", "xl", "xxl", "xxxl", "xxxxl", "xxxxxl",
            "2xl", "3xl", "4xl", "5xl", "6xl", "7xl", "8xl");
    /** Russian shoppers type S, M, L in Cyrillic too. */
    private static final Map<String, String> CYRILLIC_SIZES = Map.of("с", "s", "м", "m", "л", "l", "хл", "xl",
            "ххл", "xxl");
    private static final Set<String> SIZE_SYSTEMS = Set.of("eu", "eur", "us", "uk", "br", "fr", "it", "cn", "ru");
    private static final Set<String> LIST_WORDS = Set.of("or", "o", "ou", "oder", "или", "and", "y", "et", "und", "e",
            "и");

    private final Lexicon lex;
    private final List<Token> toks;
    private final int n;
    private final Role[] role;
    /** The entry that gave a span its role, at the span's first token. */
    private final Lexicon.Entry[] entry;
    /** The same entry at every token of the span. */
    private final Lexicon.Entry[] spanEntry;
    private final String[][] stems;
    private final List<List<Lexicon.Match>> matchCache;
    private final Lexicon.Stems stemSource = this::stem;

    private final Lang hint;
    private final Lang detected;
    private final Lang primary;
    private final boolean evidence;
    private final int[] rank = new int[Lang.values().length];

    private Double priceMin;
    private Double priceMax;
    private String boundCurrency;
    private String namedCurrency;
    private Double rating;
    private boolean freeShipping;
    private String sort;
    private final Set<String> sizes = new LinkedHashSet<>();
    private final Set<String> colors = new LinkedHashSet<>();
    private final Set<String> materials = new LinkedHashSet<>();
    private final Set<String> genders = new LinkedHashSet<>();
    private final Set<String> impliedGenders = new LinkedHashSet<>();
    private final Set<String> excluded = new LinkedHashSet<>();

    /** A number and its currency; weak when the currency is a word like "pound" that also means something else. */
    private record Amount(double value, String currency, boolean weak, int start, int end) {
        /** Whether the currency alone makes this a price ("30 €" yes, "5 pound" no). */
        boolean priced() {
            return currency != null && !weak;
        }
    }

    Analysis(Lexicon lex, List<Token> toks, Lang hint) {
        this.lex = lex;
        this.toks = toks;
        this.n = toks.size();
        this.role = new Role[n];
        this.entry = new Lexicon.Entry[n];
        this.spanEntry = new Lexicon.Entry[n];
        this.stems = new String[n][];
        this.matchCache = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            role[i] = Role.NONE;
            matchCache.add(null);
        }
        this.hint = hint;
        int[] score = languageScores();
        int best = 0;
        for (int l = 1; l < score.length; l++) {
            if (score[l] > score[best]) {
                best = l;
            }
        }
        this.detected = Lang.values()[best];
        this.evidence = score[best] > 0;
        this.primary = hint != null ? hint : detected;
        int next = 0;
        rank[primary.ordinal()] = next++;
        if (detected != primary) {
            rank[detected.ordinal()] = next++;
        }
        for (Lang l : Lang.values()) {
            if (l != primary && l != detected) {
                rank[l.ordinal()] = next++;
            }
        }
    }

    Interpretation interpret(String defaultCurrency) {
        keepPass();
        ratingPass();
        sizePass();
        pricePass();
        negationPass();
        rolePass();
        colorModifierPass();
        String currency = boundCurrency != null ? boundCurrency : namedCurrency != null ? namedCurrency
                : defaultCurrency;
        // what the shopper does not want is never also something they asked for ("red dress, not red")
        colors.removeAll(excluded);
        materials.removeAll(excluded);
        List<String> keywords = new ArrayList<>(keywords());
        keywords.removeAll(excluded);
        return new Interpretation(keywords, category(), List.copyOf(colors), List.copyOf(materials), gender(),
                List.copyOf(sizes), priceMin, priceMax, currency, rating, freeShipping, sort, List.copyOf(excluded));
    }

    // ---- language

    /** Cyrillic decides outright; otherwise lexicon hits per language plus letters only one language uses. */
    private int[] languageScores() {
        int[] score = new int[Lang.values().length];
        for (Token t : toks) {
            if (!t.isWord()) {
                continue;
            }
            String raw = t.raw();
            for (int k = 0; k < raw.length(); k++) {
                char c = raw.charAt(k);
                if (Text.isCyrillic(c)) {
                    score[Lang.RU.ordinal()] += 100;
                    break;
                }
                accentHint(c, score);
            }
            int mask = lex.languagesOf(t.fold());
            for (Lang l : Lang.values()) {
                if ((mask & (1 << l.ordinal())) != 0) {
                    score[l.ordinal()]++;
                }
            }
        }
        return score;
    }

    private static void accentHint(char c, int[] score) {
        switch (c) {
            case 'ñ', '¿', '¡' -> score[Lang.ES.ordinal()] += 2;
            case 'ã', 'õ' -> score[Lang.PT.ordinal()] += 2;
            case 'ä', 'ö', 'ü', 'ß' -> score[Lang.DE.ordinal()] += 2;
            case 'à', 'è', 'ù', 'î', 'û', 'ë', 'ï', 'œ' -> score[Lang.FR.ordinal()] += 1;
            case 'ç', 'ê', 'ô', 'â' -> {
                score[Lang.FR.ordinal()] += 1;
                score[Lang.PT.ordinal()] += 1;
            }
            case 'á', 'í', 'ó', 'ú' -> {
                score[Lang.ES.ordinal()] += 1;
                score[Lang.PT.ordinal()] += 1;
            }
            default -> {
            }
        }
    }

    // ---- token helpers

    private String stem(int i, Lang lang) {
        Token t = toks.get(i);
        if (!t.isWord()) {
            return t.fold();
        }
        String[] s = stems[i];
        if (s == null) {
            s = new String[Lang.values().length];
            stems[i] = s;
        }
        String v = s[lang.ordinal()];
        if (v == null) {
            v = Stemmer.stem(lang, t.fold());
            s[lang.ordinal()] = v;
        }
        return v;
    }

    private List<Lexicon.Match> matches(int i) {
        if (i < 0 || i >= n) {
            return List.of();
        }
        List<Lexicon.Match> m = matchCache.get(i);
        if (m == null) {
            m = lex.matchesAt(toks, i, stemSource);
            matchCache.set(i, m);
        }
        return m;
    }

    private boolean free(int i) {
        return i >= 0 && i < n && role[i] == Role.NONE;
    }

    private boolean free(int start, int end) {
        if (start < 0 || end > n) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (role[k] != Role.NONE) {
                return false;
            }
        }
        return true;
    }

    private boolean isSymbol(int i, String s) {
        return free(i) && toks.get(i).isSymbol(s);
    }

    private boolean isNumber(int i) {
        return free(i) && toks.get(i).isNumber();
    }

    private void claim(int start, int end, Role r) {
        for (int k = start; k < end; k++) {
            role[k] = r;
        }
    }

    /** A match the parser may use: its tokens are unclaimed and, for "no", it is not the hinted language's "no". */
    private boolean usable(Lexicon.Match m) {
        return free(m.start(), m.end()) && !suppressed(m);
    }

    /**
     * "no" negates in English and Spanish but is "in the" in Portuguese: a one-word negation from another language
     * gives way when the preferred language has the same word as a stop word and no negation of its own.
     */
    private boolean suppressed(Lexicon.Match m) {
        Lexicon.Entry e = m.entry();
        if (e.kind() != Kind.NEGATION || e.length() != 1 || e.lang() == null || e.lang() == primary) {
            return false;
        }
        boolean stop = false;
        for (Lexicon.Match o : matches(m.start())) {
            Lexicon.Entry oe = o.entry();
            if (oe.lang() == primary && oe.length() == 1) {
                if (oe.kind() == Kind.NEGATION) {
                    return false;
                }
                stop |= oe.kind() == Kind.STOP;
            }
        }
        return stop;
    }

    /** Length of the longest usable marker of this kind at i, or 0. */
    private int marker(int i, Kind kind) {
        if (i < 0 || i >= n) {
            return 0;
        }
        int best = 0;
        for (Lexicon.Match m : matches(i)) {
            if (m.entry().kind() == kind && m.length() > best && usable(m)) {
                best = m.length();
            }
        }
        return best;
    }

    private boolean markerOf(int start, Kind kind, int length) {
        if (start < 0 || start >= n) {
            return false;
        }
        for (Lexicon.Match m : matches(start)) {
            if (m.entry().kind() == kind && m.length() == length && usable(m)) {
                return true;
            }
        }
        return false;
    }

    /** Start of the longest usable marker of this kind that ends at token {@code last}, or -1. */
    private int markerEndingAt(int last, Kind kind) {
        for (int s = Math.max(0, last - MARKER_REACH); s <= last; s++) {
            if (markerOf(s, kind, last - s + 1)) {
                return s;
            }
        }
        return -1;
    }

    private final Comparator<Lexicon.Match> preference = Comparator
            .comparingInt((Lexicon.Match m) -> -m.length())
            .thenComparing(m -> !m.exact())
            .thenComparingInt(m -> m.entry().lang() == null ? 0 : rank[m.entry().lang().ordinal()])
            .thenComparingInt(m -> m.entry().kind().ordinal());

    /** The best word-role match at i: longest, then exact, then the preferred language, then by kind. */
    private Lexicon.Match bestRole(int i) {
        Lexicon.Match best = null;
        for (Lexicon.Match m : matches(i)) {
            Lexicon.Entry e = m.entry();
            if (!e.kind().role || (e.kind() == Kind.CURRENCY && e.weak()) || !usable(m) || !aligned(m)) {
                continue;
            }
            if (best == null || preference.compare(m, best) < 0) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Inside a hyphenated word only colours and materials may match a part ("red-black"); anything else must cover
     * the whole word, so "non-slip" is not underwear (French "slip") and "cat-eye" is not a pet.
     */
    private boolean aligned(Lexicon.Match m) {
        Kind k = m.entry().kind();
        if (k == Kind.COLOR || k == Kind.MATERIAL) {
            return true;
        }
        return !toks.get(m.start()).joined() && (m.end() >= n || !toks.get(m.end()).joined());
    }

    private boolean stopAt(int i) {
        Lexicon.Match m = free(i) ? bestRole(i) : null;
        return m != null && m.entry().kind() == Kind.STOP;
    }

    private int skipStops(int i, int max) {
        int j = i;
        while (j - i < max && stopAt(j)) {
            j++;
        }
        return j;
    }

    // ---- passes

    /** Phrases that must stay keywords even though their words mean something else ("plus size", "no show"). */
    private void keepPass() {
        for (int i = 0; i < n; i++) {
            int len = marker(i, Kind.KEEP);
            if (len > 0) {
                claim(i, i + len, Role.KEEP);
                i += len - 1;
            }
        }
    }

    private void ratingPass() {
        for (int i = 0; i < n; i++) {
            if (!free(i)) {
                continue;
            }
            int star = marker(i, Kind.STAR_WORD);
            if (star > 0 && ratingBeforeStars(i, star)) {
                continue;
            }
            int word = marker(i, Kind.RATING_WORD);
            if (word > 0 && !ratingAfterWord(i, word)) {
                ratingBeforeWord(i, word);
            }
        }
    }

    /** "4.5 stars or more", "4+ stars", "at least 4 stars", "4 or more stars", "от 4 звезд", "5-star". */
    private boolean ratingBeforeStars(int i, int len) {
        int j = i - 1;
        int orMore = markerEndingAt(j, Kind.OR_MORE);
        if (orMore >= 0) {
            j = orMore - 1;
        }
        if (isSymbol(j, "+") || isSymbol(j, "-")) {
            j--;
        }
        if (!isNumber(j) || toks.get(j).value() > MAX_RATING) {
            return false;
        }
        int start = j;
        int min = markerEndingAt(j - 1, Kind.PRICE_MIN);
        if (min >= 0) {
            start = min;
        }
        setRating(toks.get(j).value());
        claim(start, afterOrMore(i + len), Role.RATING);
        return true;
    }

    /** "rating 4.5+", "rated 4 and up", "рейтинг от 4.5", "rating above 4 stars". */
    private boolean ratingAfterWord(int i, int len) {
        int j = i + len;
        int min = marker(j, Kind.PRICE_MIN);
        j = min > 0 ? j + min : skipStops(j, 2);
        if (!isNumber(j) || toks.get(j).value() > MAX_RATING) {
            return false;
        }
        int end = j + 1;
        if (isSymbol(end, "+")) {
            end++;
        }
        end += marker(end, Kind.STAR_WORD);
        setRating(toks.get(j).value());
        claim(i, afterOrMore(end), Role.RATING);
        return true;
    }

    /** "4.8 rating", "at least 4.8 rating", "4 star rating" (stars already read). */
    private void ratingBeforeWord(int i, int len) {
        int j = i - 1;
        if (isSymbol(j, "+")) {
            j--;
        }
        if (j >= 0 && role[j] == Role.RATING) {
            claim(i, i + len, Role.RATING);
            return;
        }
        if (!isNumber(j) || toks.get(j).value() > MAX_RATING) {
            return;
        }
        int start = j;
        int min = markerEndingAt(j - 1, Kind.PRICE_MIN);
        if (min >= 0) {
            start = min;
        }
        setRating(toks.get(j).value());
        claim(start, afterOrMore(i + len), Role.RATING);
    }

    private int afterOrMore(int end) {
        if (isSymbol(end, "+")) {
            return end + 1;
        }
        return end + marker(end, Kind.OR_MORE);
    }

    private void setRating(double v) {
        if (rating == null) {
            rating = Math.max(0, Math.min(MAX_RATING, v));
        }
    }

    /** "size xl", "talla M", "Größe 42", "size 38/39", "размер 44"; also "42 size". */
    private void sizePass() {
        for (int i = 0; i < n; i++) {
            int len = free(i) ? marker(i, Kind.SIZE_MARKER) : 0;
            if (len == 0) {
                continue;
            }
            int j = skipSizeSystem(i + len);
            List<String> found = new ArrayList<>();
            while (true) {
                String v = sizeValue(j);
                if (v == null) {
                    break;
                }
                found.add(v);
                j = skipSizeSystem(j + 1);
                int c = sizeConnector(j);
                String next = c == 0 ? null : sizeValue(j + c);
                // "talla M hasta 40 €" is a size and a price, "size 38-40" two sizes
                if (next == null || Character.isDigit(next.charAt(0)) != Character.isDigit(v.charAt(0))) {
                    break;
                }
                j += c;
            }
            if (!found.isEmpty()) {
                sizes.addAll(found);
                claim(i, j, Role.SIZE);
                i = j - 1;
            } else if (sizeValue(i - 1) != null) {
                sizes.add(sizeValue(i - 1));
                claim(i - 1, i + len, Role.SIZE);
            }
        }
    }

    private int skipSizeSystem(int j) {
        return free(j) && toks.get(j).isWord() && SIZE_SYSTEMS.contains(toks.get(j).fold()) ? j + 1 : j;
    }

    private int sizeConnector(int j) {
        if (isSymbol(j, "/") || isSymbol(j, ",") || isSymbol(j, "-")) {
            return 1;
        }
        if (free(j) && toks.get(j).isWord() && LIST_WORDS.contains(toks.get(j).fold())) {
            return 1;
        }
        return marker(j, Kind.RANGE_MID);
    }

    private String sizeValue(int j) {
        if (!free(j)) {
            return null;
        }
        Token t = toks.get(j);
        if (t.isNumber()) {
            boolean size = t.value() > 0 && t.value() <= MAX_SIZE_NUMBER && currencyAt(j + 1) == null;
            return size ? t.raw().replace(',', '.') : null;
        }
        if (!t.isWord()) {
            return null;
        }
        String f = t.fold();
        if (LETTER_SIZES.contains(f)) {
            return f;
        }
        if (CYRILLIC_SIZES.containsKey(f)) {
            return CYRILLIC_SIZES.get(f);
        }
        return childSize(f) ? f : null;
    }

    /** Children's and baby sizes: "4t", "6y", "12m". */
    private static boolean childSize(String f) {
        int k = 0;
        while (k < f.length() && Character.isDigit(f.charAt(k))) {
            k++;
        }
        return k > 0 && k <= 2 && f.length() == k + 1 && "tym".indexOf(f.charAt(k)) >= 0;
    }

    private void pricePass() {
        for (int i = 0; i < n; i++) {
            if (free(i)) {
                int end = priceAt(i);
                if (end > i) {
                    i = end - 1;
                }
            }
        }
    }

    /** The end of a price expression starting at i, or -1. */
    private int priceAt(int i) {
        int j = i;
        boolean context = false;
        int word = marker(j, Kind.PRICE_WORD);
        if (word > 0) {
            context = true;
            j = skipStops(j + word, 2);
        }
        int m = marker(j, Kind.RANGE_START);
        if (m > 0) {
            int end = range(i, j + m, true);
            if (end > 0) {
                return end;
            }
        }
        m = marker(j, Kind.PRICE_MAX);
        Amount a = m > 0 ? amount(j + m, true) : null;
        if (a != null) {
            return bound(i, a, false, a.end());
        }
        m = marker(j, Kind.PRICE_MIN);
        a = m > 0 ? amount(j + m, true) : null;
        if (a != null) {
            return bound(i, a, true, afterOrMore(a.end()));
        }
        m = marker(j, Kind.APPROX);
        a = m > 0 ? amount(j + m, context) : null;
        if (a != null) {
            return bound(i, a, false, a.end());
        }
        int end = range(i, j, context);
        if (end > 0) {
            return end;
        }
        a = amount(j, true);
        if (a == null) {
            return -1;
        }
        int o = marker(a.end(), Kind.OR_LESS);
        if (o > 0) {
            return bound(i, a, false, a.end() + o);
        }
        o = marker(a.end(), Kind.OR_MORE);
        if (o > 0) {
            return bound(i, a, true, a.end() + o);
        }
        boolean explicit = a.priced() || context;
        if (explicit && isSymbol(a.end(), "+")) {
            return bound(i, a, true, a.end() + 1);
        }
        // a price with its currency and no bound word is a budget: "dress 30 euros" means up to 30
        return explicit ? bound(i, a, false, a.end()) : -1;
    }

    /** "20-50$", "between 20 and 50", "от 1000 до 3000"; bare numbers need a range word or price word. */
    private int range(int start, int j, boolean bareOk) {
        Amount a = amount(j, true);
        if (a == null) {
            return -1;
        }
        int mid = isSymbol(a.end(), "-") ? 1 : marker(a.end(), Kind.RANGE_MID);
        if (mid == 0) {
            return -1;
        }
        Amount b = amount(a.end() + mid, true);
        if (b == null || (!bareOk && !a.priced() && !b.priced())) {
            return -1;
        }
        priceMin = Math.min(a.value(), b.value());
        priceMax = Math.max(a.value(), b.value());
        noteCurrency(a.currency() != null ? a.currency() : b.currency());
        claim(start, b.end(), Role.PRICE);
        return b.end();
    }

    private int bound(int start, Amount a, boolean min, int end) {
        if (min) {
            priceMin = priceMin == null ? a.value() : Math.max(priceMin, a.value());
        } else {
            priceMax = priceMax == null ? a.value() : Math.min(priceMax, a.value());
        }
        noteCurrency(a.currency());
        claim(start, end, Role.PRICE);
        return end;
    }

    private void noteCurrency(String code) {
        if (code != null && boundCurrency == null) {
            boundCurrency = code;
        }
    }

    /**
     * A number with an optional currency before or after it: "$40", "40 €", "R$ 50", "40usd", "1 000 руб", "1k".
     * Without a currency it is an amount only where {@code bare} allows and when no unit, star or percent follows.
     */
    private Amount amount(int j, boolean bare) {
        int k = j;
        String currency = null;
        boolean weak = false;
        Lexicon.Match c = currencyAt(k);
        if (c != null && numeric(c.end())) {
            currency = c.entry().value();
            weak = c.entry().weak();
            k = c.end();
        }
        if (!numeric(k)) {
            return null;
        }
        Token t = toks.get(k);
        double v = t.isNumber() ? t.value() : thousands(t);
        boolean groupable = t.isNumber() && t.integer() && t.raw().length() <= 3 && Text.isDigits(t.raw());
        k++;
        while (groupable && free(k) && toks.get(k).isNumber() && toks.get(k).space() && toks.get(k).raw().length() == 3
                && Text.isDigits(toks.get(k).raw())) {
            v = v * 1000 + toks.get(k).value();
            k++;
        }
        Lexicon.Match after = currencyAt(k);
        if (after != null && (currency == null || currency.equals(after.entry().value()))) {
            weak = currency == null ? after.entry().weak() : weak && after.entry().weak();
            currency = after.entry().value();
            k = after.end();
        }
        if (currency == null) {
            if (!bare || isSymbol(k, "%") || marker(k, Kind.UNIT) > 0 || marker(k, Kind.STAR_WORD) > 0
                    || marker(k, Kind.RATING_WORD) > 0) {
                return null;
            }
        }
        return new Amount(v, currency, weak, j, k);
    }

    private boolean numeric(int k) {
        if (!free(k)) {
            return false;
        }
        Token t = toks.get(k);
        return t.isNumber() || (t.isWord() && !Double.isNaN(thousands(t)));
    }

    /** "1k", "1.5k" as a price; NaN for any other word. */
    private static double thousands(Token t) {
        String f = t.fold();
        if (f.length() < 2 || f.charAt(f.length() - 1) != 'k' || !Character.isDigit(f.charAt(0))) {
            return Double.NaN;
        }
        double v = Numbers.parse(f.substring(0, f.length() - 1));
        return Double.isNaN(v) ? v : v * 1000;
    }

    private Lexicon.Match currencyAt(int k) {
        if (!free(k)) {
            return null;
        }
        Lexicon.Match best = null;
        for (Lexicon.Match m : matches(k)) {
            if (m.entry().kind() == Kind.CURRENCY && usable(m) && (best == null || preference.compare(m, best) < 0)) {
                best = m;
            }
        }
        return best;
    }

    /** "not silicone", "sin azúcar", "ohne Nickel", "без сахара", "non-leather": the next content word. */
    private void negationPass() {
        for (int i = 0; i < n; i++) {
            if (!free(i)) {
                continue;
            }
            if (toks.get(i).fold().equals("non") && i + 1 < n && toks.get(i + 1).joined()) {
                Lexicon.Match m = colorOrMaterial(i + 1);
                if (m != null) {
                    excluded.add(m.entry().value());
                    claim(i, m.end(), Role.EXCLUDED);
                }
                continue;
            }
            int len = marker(i, Kind.NEGATION);
            if (len == 0) {
                continue;
            }
            int j = i + len;
            while (free(j) && (toks.get(j).type() == Token.Type.SYMBOL || stopAt(j)) && j - i - len < 3) {
                j++;
            }
            if (!free(j)) {
                claim(i, i + len, Role.IGNORED);
                continue;
            }
            Lexicon.Match m = colorOrMaterial(j);
            if (m != null) {
                excluded.add(m.entry().value());
                claim(i, m.end(), Role.EXCLUDED);
            } else {
                int end = j + 1;
                while (end < n && toks.get(end).joined() && free(end)) {
                    end++;
                }
                excluded.add(rawText(j, end));
                claim(i, end, Role.EXCLUDED);
            }
            i = Math.max(i, j);
        }
    }

    private Lexicon.Match colorOrMaterial(int j) {
        Lexicon.Match m = bestRole(j);
        if (m != null && (m.entry().kind() == Kind.COLOR || m.entry().kind() == Kind.MATERIAL)) {
            return m;
        }
        return null;
    }

    private void rolePass() {
        for (int i = 0; i < n; i++) {
            if (!free(i)) {
                continue;
            }
            Token t = toks.get(i);
            if (t.isWord() && STANDALONE_SIZES.contains(t.fold()) && !t.joined()
                    && (i + 1 >= n || !toks.get(i + 1).joined())) {
                sizes.add(t.fold());
                claim(i, i + 1, Role.SIZE);
                continue;
            }
            Lexicon.Match m = bestRole(i);
            if ((m == null || m.length() == 1) && marker(i, Kind.COLOR_MODIFIER) == 1 && colorOrMaterial(i + 1) != null
                    && colorOrMaterial(i + 1).entry().kind() == Kind.COLOR) {
                // "light green": the shade goes with its colour, not with lighting
                claim(i, i + 1, Role.IGNORED);
                continue;
            }
            if (m != null) {
                assign(m);
                i = m.end() - 1;
            } else if (t.type() == Token.Type.SYMBOL) {
                claim(i, i + 1, Role.IGNORED);
            } else if (t.isWord()) {
                compound(i);
            }
        }
    }

    private void assign(Lexicon.Match m) {
        Lexicon.Entry e = m.entry();
        Role r = switch (e.kind()) {
            case KEEP -> Role.KEEP;
            case FREE_SHIPPING -> Role.SHIPPING;
            case SORT -> Role.SORT;
            case GENDER -> Role.GENDER;
            case COLOR -> Role.COLOR;
            case MATERIAL -> Role.MATERIAL;
            case CATEGORY -> Role.CATEGORY;
            case CURRENCY -> Role.CURRENCY;
            default -> Role.STOP;
        };
        claim(m.start(), m.end(), r);
        entry[m.start()] = e;
        for (int k = m.start(); k < m.end(); k++) {
            spanEntry[k] = e;
        }
        switch (e.kind()) {
            case FREE_SHIPPING -> freeShipping = true;
            case SORT -> sort = sort == null ? e.value() : sort;
            case GENDER -> genders.add(e.value());
            case COLOR -> colors.add(e.value());
            case MATERIAL -> materials.add(e.value());
            case CURRENCY -> namedCurrency = namedCurrency == null ? e.value() : namedCurrency;
            case CATEGORY -> {
                if (e.gender() != null) {
                    impliedGenders.add(e.gender());
                }
            }
            default -> {
            }
        }
    }

    /**
     * German glues words together: "Laufschuhe", "Damenuhr", "Lederjacke", "dunkelblau". The longest known product
     * word at the end gives the category; a gender, material or colour at the front counts too. Without German in
     * sight only a known front part makes the split safe ("spring" must not become a "Ring").
     */
    private void compound(int i) {
        String f = toks.get(i).fold();
        if (f.length() < 6 || f.length() > MAX_COMPOUND) {
            return;
        }
        for (int k = 3; k <= f.length() - 3; k++) {
            String head = f.substring(0, k);
            String tail = f.substring(k);
            if (!lex.singleWords(head, Lang.DE, Kind.COLOR_MODIFIER).isEmpty()) {
                List<Lexicon.Entry> color = lex.singleWords(tail, Lang.DE, Kind.COLOR);
                if (!color.isEmpty()) {
                    colors.add(color.get(0).value());
                    claim(i, i + 1, Role.COLOR);
                    return;
                }
            }
            List<Lexicon.Entry> cats = lex.singleWords(tail, Lang.DE, Kind.CATEGORY);
            if (cats.isEmpty()) {
                continue;
            }
            Lexicon.Entry front = compoundFront(head);
            boolean german = primary == Lang.DE || detected == Lang.DE;
            if (!german && front == null && (evidence || hint != null || tail.length() < 5)) {
                return;
            }
            Lexicon.Entry cat = cats.get(0);
            for (Lexicon.Entry c : cats) {
                if (!c.broad()) {
                    cat = c;
                    break;
                }
            }
            claim(i, i + 1, Role.CATEGORY);
            entry[i] = cat;
            if (front != null) {
                switch (front.kind()) {
                    case GENDER -> genders.add(front.value());
                    case MATERIAL -> materials.add(front.value());
                    case COLOR -> colors.add(front.value());
                    default -> impliedGenders.add(front.gender());
                }
            }
            return;
        }
    }

    /** The front of a compound as a gender, material or colour, allowing for linking letters ("Seiden-", "Woll-"). */
    private Lexicon.Entry compoundFront(String head) {
        String[] forms = {head, head + "e", trimEnd(head, "s"), trimEnd(head, "n"), trimEnd(head, "en"),
            trimEnd(head, "er")};
        for (String form : forms) {
            if (form == null || form.length() < 3) {
                continue;
            }
            for (Kind k : List.of(Kind.GENDER, Kind.MATERIAL, Kind.COLOR)) {
                List<Lexicon.Entry> es = lex.singleWords(form, Lang.DE, k);
                if (!es.isEmpty()) {
                    return es.get(0);
                }
            }
            for (Lexicon.Entry e : lex.singleWords(form, Lang.DE, Kind.CATEGORY)) {
                if (e.gender() != null) {
                    return e;
                }
            }
        }
        return null;
    }

    private static String trimEnd(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : null;
    }

    /** "light blue", "vert foncé", "темно-зеленый": the shade word goes with its colour. */
    private void colorModifierPass() {
        for (int i = 0; i < n; i++) {
            if (free(i) && marker(i, Kind.COLOR_MODIFIER) == 1
                    && ((i > 0 && role[i - 1] == Role.COLOR) || (i + 1 < n && role[i + 1] == Role.COLOR))) {
                claim(i, i + 1, Role.IGNORED);
            }
        }
    }

    // ---- results

    /**
     * The head product word of the first stretch that names one, stretches being cut at "for", "with", "para",
     * "для"...: "case for iphone" is a case. Specific words beat broad ones ("dog bed" is a pet item, "dog coat"
     * a coat); among several, English and German take the last ("leather watch strap"), Spanish, French,
     * Portuguese and Russian the first ("funda iphone silicona"), going by the language most of those words are in.
     */
    private String category() {
        List<Lexicon.Entry> seen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (role[i] == Role.STOP && entry[i] != null && "break".equals(entry[i].value()) && !seen.isEmpty()) {
                break;
            }
            if (role[i] == Role.CATEGORY && entry[i] != null) {
                seen.add(entry[i]);
            }
        }
        if (seen.isEmpty()) {
            return null;
        }
        List<Lexicon.Entry> pool = seen.stream().filter(e -> !e.broad()).toList();
        if (pool.isEmpty()) {
            pool = seen;
        }
        int headFirst = 0;
        for (Lexicon.Entry e : pool) {
            if (e.lang() != null) {
                headFirst += e.lang().headFirst() ? 1 : -1;
            }
        }
        boolean first = headFirst > 0 || (headFirst == 0 && primary.headFirst());
        return (first ? pool.get(0) : pool.get(pool.size() - 1)).value();
    }

    /** One gender, or none when the shopper named both men and women. */
    private String gender() {
        Set<String> g = genders.isEmpty() ? impliedGenders : genders;
        if (g.isEmpty() || (g.size() == 2 && g.contains("men") && g.contains("women"))) {
            return null;
        }
        return g.iterator().next();
    }

    /** Unclaimed words, product words and kept phrases, as typed; a hyphenated word stays whole when it can. */
    private List<String> keywords() {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < n) {
            int g = i + 1;
            while (g < n && toks.get(g).joined()) {
                g++;
            }
            boolean whole = g - i > 1;
            boolean content = false;
            for (int k = i; k < g; k++) {
                Role r = role[k];
                content |= keyword(k);
                whole &= r == Role.NONE || r == Role.KEEP || r == Role.CATEGORY || r == Role.STOP;
            }
            if (whole && content) {
                out.add(rawText(i, g));
            } else {
                for (int k = i; k < g; k++) {
                    if (keyword(k)) {
                        out.add(toks.get(k).raw());
                    }
                }
            }
            i = g;
        }
        return List.copyOf(out);
    }

    private boolean keyword(int k) {
        Role r = role[k];
        if (toks.get(k).type() == Token.Type.SYMBOL) {
            return false;
        }
        // the "à" of "sac à dos" names the product with its neighbours but is still a stop word
        return r == Role.NONE || r == Role.KEEP || (r == Role.CATEGORY && !stopWord(k));
    }

    /** Whether a word inside a product phrase is a stop word of the phrase's own language. */
    private boolean stopWord(int k) {
        Lang lang = spanEntry[k] != null ? spanEntry[k].lang() : null;
        for (Lexicon.Match m : matches(k)) {
            Lexicon.Entry e = m.entry();
            if (e.kind() == Kind.STOP && m.length() == 1 && m.exact() && (lang == null || e.lang() == lang)) {
                return true;
            }
        }
        return false;
    }

    private String rawText(int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start) {
                sb.append(toks.get(k).joined() ? "-" : " ");
            }
            sb.append(toks.get(k).raw());
        }
        return sb.toString();
    }
}
