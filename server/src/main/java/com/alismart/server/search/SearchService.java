package com.alismart.server.search;

import com.alismart.server.catalog.Product;
import com.alismart.server.search.query.KeywordTranslations;
import com.alismart.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Smart Search over the catalog index: the query is interpreted, the interpretation becomes exact filters (no
 * result may break a price, rating, shipping, colour, size or exclusion constraint) and a BM25 text match with
 * synonyms and spelling correction, ranked by relevance with a popularity prior or by the requested order.
 * Nothing here keeps or logs the query.
 */
public final class SearchService {
    /** Turns query text into an interpretation: the built-in parser, or an LLM with the parser as fallback. */
    @FunctionalInterface
    public interface Interpreter {
        Interpretation interpret(String query, String lang, String currency);
    }

    public record Request(String query, int page, int size, String currency, String lang, List<String> drop) {
    }

    public record Price(double amount, String currency) {
    }

    public record Store(String id, String name, double rating) {
    }

    public record Item(String id, String title, String url, String imageUrl, Price price, Price originalPrice,
            double rating, int orders, boolean freeShipping, Store store, String category) {
    }

    /**
     * @param relaxed what was loosened because the exact interpretation matched nothing: "keywords" (the words
     *                rank but are no longer required), "sizes", "materials", "colors"; empty when nothing was
     */
    public record Result(Interpretation interpretation, List<Item> items, int page, int size, long total,
            boolean totalExact, String currency, Map<String, String> spelling, List<String> relaxed) {
    }

    static final int MAX_WINDOW = 10_000;
    /** English words for the other languages' product words: a read-only table, loaded once. */
    private static final KeywordTranslations TRANSLATIONS = KeywordTranslations.load();
    /** Weighs a colour named in the title about like one more matching title word. */
    static final float COLOR_IN_TITLE_BOOST = 1.5f;
    /** A translated word in the title ranks like a typed one, a little less: the translation may be off. */
    static final float TRANSLATED_BOOST = 1.5f;

    private final CatalogIndex index;
    private final Interpreter interpreter;
    private final Rates rates;
    private final Analyzer queryAnalyzer = TextAnalyzer.query();
    private final DirectSpellChecker spell = new DirectSpellChecker();

    public SearchService(CatalogIndex index, Interpreter interpreter, Rates rates) {
        this.index = index;
        this.interpreter = interpreter;
        this.rates = rates;
        spell.setMinQueryLength(4);
        spell.setMaxEdits(2);
    }

    public Result search(Request request, String imageBase) {
        Interpretation understood = Interpretations.without(
                interpreter.interpret(request.query(), request.lang(), request.currency()), request.drop());
        Map<String, String> spelling = new LinkedHashMap<>();
        // Words the shopper typed that the catalog has must (mostly) match, and so must the English for a phrase
        // of theirs ("sac à dos": backpack), whose own words then only rank; English for a single word the
        // catalog does not have only ranks, unless there is nothing else to go on.
        // Each word is looked up in the index once per search, whoever asks.
        Map<String, Boolean> lookedUp = new HashMap<>();
        Predicate<String> isKnown = w -> lookedUp.computeIfAbsent(w, this::knownQuietly);
        KeywordTranslations.Translation translation = TRANSLATIONS.translate(understood.keywords(), request.lang(),
                isKnown);
        List<String> typed = matchableKeywords(understood, request.lang(), spelling, isKnown);
        List<String> matchable = new ArrayList<>();
        List<String> ranking = new ArrayList<>();
        for (String w : typed) {
            (translation.phraseWords().contains(w) ? ranking : matchable).add(w);
        }
        for (String w : known(translation.fromPhrases(), isKnown)) {
            if (!matchable.contains(w)) {
                matchable.add(w);
            }
        }
        for (String w : known(translation.fromWords(), isKnown)) {
            if (!matchable.contains(w) && !ranking.contains(w)) {
                ranking.add(w);
            }
        }
        if (matchable.isEmpty()) {
            matchable = ranking;
            ranking = List.of();
        }
        IndexSearcher searcher = index.searcher();
        int window = Math.min(request.page() * request.size(), MAX_WINDOW);
        int from = (request.page() - 1) * request.size();
        try {
            Sort sort = sortFor(understood.sort());
            List<String> relaxed = new ArrayList<>();
            TopDocs top = null;
            if (sort != null && matchable.size() > 1) {
                // Sorted by price, orders or rating, relevance no longer orders the page: every word must match,
                // or "best rated bluetooth speaker" lists the best rated bluetooth anything.
                top = run(searcher, toQuery(understood, matchable, ranking, Words.ALL), window, sort);
            }
            if (top == null || top.totalHits.value == 0) {
                top = run(searcher, toQuery(understood, matchable, ranking, Words.MOST), window, sort);
            }
            // Nothing matches everything that was understood: rather than an empty page, loosen the softest parts
            // one by one (the words first, then sizes, materials, colours) and say what was loosened. Category,
            // gender, price, rating and shipping are what shoppers mean strictly; they stay.
            if (top.totalHits.value == 0) {
                // One step alone first, so "boots in size 50" loses the size, not the boots; then all together.
                for (String step : RELAX_STEPS) {
                    Interpretation alone = relax(understood, step, matchable);
                    if (alone != null) {
                        TopDocs tried = run(searcher, toQuery(alone, matchable, ranking,
                                step.equals("keywords") ? Words.RANK_ONLY : Words.MOST), window,
                                sort);
                        if (tried.totalHits.value > 0) {
                            top = tried;
                            relaxed.add(step);
                            break;
                        }
                    }
                }
            }
            Interpretation loose = understood;
            for (String step : RELAX_STEPS) {
                if (top.totalHits.value > 0) {
                    break;
                }
                Interpretation next = relax(loose, step, matchable);
                if (next == null) {
                    continue;
                }
                loose = next;
                relaxed.add(step);
                top = run(searcher, toQuery(loose, matchable, ranking,
                        relaxed.contains("keywords") ? Words.RANK_ONLY : Words.MOST), window, sort);
            }
            if (top.totalHits.value == 0) {
                relaxed.clear();
            }
            List<Item> items = new ArrayList<>();
            for (int i = from; i < top.scoreDocs.length && i < window; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                byte[] json = searcher.storedFields().document(hit.doc).getBinaryValue(CatalogIndex.JSON).bytes;
                items.add(item(Json.MAPPER.readValue(json, Product.class), request.currency(), imageBase));
            }
            return new Result(understood, items, request.page(), request.size(), top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.EQUAL_TO, request.currency(), spelling,
                    List.copyOf(relaxed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final List<String> RELAX_STEPS = List.of("keywords", "sizes", "materials", "colors");

    private static TopDocs run(IndexSearcher searcher, Query query, int window, Sort sort) throws IOException {
        return sort == null ? searcher.search(query, Math.max(window, 1))
                : searcher.search(query, Math.max(window, 1), sort);
    }

    /** {@code in} loosened by one step, or null when that step has nothing to loosen. */
    private static Interpretation relax(Interpretation in, String step, List<String> matchable) {
        return switch (step) {
            case "keywords" -> matchable.size() > 0 ? in : null;
            case "sizes" -> in.sizes().isEmpty() ? null : withLists(in, in.colors(), in.materials(), List.of());
            case "materials" -> in.materials().isEmpty() ? null : withLists(in, in.colors(), List.of(), in.sizes());
            case "colors" -> in.colors().isEmpty() ? null : withLists(in, List.of(), in.materials(), in.sizes());
            default -> null;
        };
    }

    private static Interpretation withLists(Interpretation in, List<String> colors, List<String> materials,
            List<String> sizes) {
        return new Interpretation(in.keywords(), in.category(), colors, materials, in.gender(), sizes, in.priceMin(),
                in.priceMax(), in.currency(), in.minRating(), in.freeShipping(), in.sort(), in.excluded());
    }

    /**
     * The keywords worth matching: each as typed when the index knows it, corrected when a close spelling is known
     * (English queries only, to leave other languages' words alone). Words the index cannot match are left out: a
     * foreign word names its product through the category the parser found, not through the English titles.
     */
    private List<String> matchableKeywords(Interpretation understood, String lang, Map<String, String> spelling,
            Predicate<String> isKnown) {
        List<String> out = new ArrayList<>();
        boolean english = lang == null || lang.startsWith("en");
        for (String keyword : understood.keywords()) {
            String word = keyword.toLowerCase(Locale.ROOT);
            try {
                if (isKnown.test(word)) {
                    out.add(word);
                } else if (english && word.matches("[a-z]{4,}")) {
                    SuggestWord[] suggestions = spell.suggestSimilar(new Term(CatalogIndex.SPELL, word), 1,
                            index.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (suggestions.length > 0) {
                        spelling.put(keyword, suggestions[0].string);
                        out.add(suggestions[0].string);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The words of {@code words} that the catalog's text has, lower case. */
    private static List<String> known(List<String> words, Predicate<String> isKnown) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            if (isKnown.test(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private boolean knownQuietly(String word) {
        try {
            return known(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when some product's text has the word, or one of its synonyms. */
    private boolean known(String word) throws IOException {
        if (index.reader().docFreq(new Term(CatalogIndex.SPELL, word)) > 0) {
            return true;
        }
        Query q = new QueryBuilder(queryAnalyzer).createBooleanQuery(CatalogIndex.TEXT, word, Occur.MUST);
        return q != null && index.searcher().count(q) > 0;
    }

    Query toQuery(Interpretation in, List<String> keywords) {
        return toQuery(in, keywords, List.of(), Words.MOST);
    }

    /** How many of the keywords a product must match. */
    enum Words { ALL, MOST, RANK_ONLY }

    /**
     * The Lucene query of an interpretation: all, most or none of {@code keywords} must match, as {@code required}
     * says; {@code ranking} words only rank.
     */
    Query toQuery(Interpretation in, List<String> keywords, List<String> ranking, Words required) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (in.category() != null) {
            b.add(new TermQuery(new Term(CatalogIndex.CATEGORY, in.category())), Occur.FILTER);
        }
        QueryBuilder titles = new QueryBuilder(queryAnalyzer);
        for (String color : in.colors()) {
            b.add(new TermQuery(new Term(CatalogIndex.COLOR, color)), Occur.FILTER);
            // A product takes its colour's name in its title from its main colour: "red dress" wants the red
            // dress before the white one with a red trim.
            Query named = titles.createPhraseQuery(CatalogIndex.TITLE, color);
            if (named != null) {
                b.add(new BoostQuery(named, COLOR_IN_TITLE_BOOST), Occur.SHOULD);
            }
        }
        for (String material : in.materials()) {
            b.add(new TermQuery(new Term(CatalogIndex.MATERIAL, material)), Occur.FILTER);
        }
        if (in.gender() != null) {
            b.add(anyOf(CatalogIndex.GENDER, List.of(in.gender(), CatalogIndex.UNISEX)), Occur.FILTER);
        }
        if (!in.sizes().isEmpty()) {
            b.add(anyOf(CatalogIndex.SIZE, in.sizes()), Occur.FILTER);
        }
        if (in.priceMin() != null || in.priceMax() != null) {
            String currency = in.currency() != null && rates.supports(in.currency()) ? in.currency() : "USD";
            double min = in.priceMin() == null ? Double.NEGATIVE_INFINITY
                    : rates.convert(in.priceMin(), currency, "USD");
            double max = in.priceMax() == null ? Double.POSITIVE_INFINITY
                    : rates.convert(in.priceMax(), currency, "USD");
            b.add(DoublePoint.newRangeQuery(CatalogIndex.PRICE_USD, min, max), Occur.FILTER);
        }
        if (in.minRating() != null) {
            b.add(DoublePoint.newRangeQuery(CatalogIndex.RATING, in.minRating(), Double.POSITIVE_INFINITY),
                    Occur.FILTER);
        }
        if (in.freeShipping()) {
            b.add(new TermQuery(new Term(CatalogIndex.FREE_SHIPPING, "1")), Occur.FILTER);
        }
        QueryBuilder text = new QueryBuilder(queryAnalyzer);
        for (String word : in.excluded()) {
            b.add(new TermQuery(new Term(CatalogIndex.MATERIAL, word)), Occur.MUST_NOT);
            b.add(new TermQuery(new Term(CatalogIndex.COLOR, word)), Occur.MUST_NOT);
            Query mentions = text.createPhraseQuery(CatalogIndex.TEXT, word);
            if (mentions != null) {
                // "without nickel" wants the "Nickel Free" earrings: a mention as "<word> free" is not the thing.
                Query free = text.createPhraseQuery(CatalogIndex.TEXT, word + " free");
                BooleanQuery.Builder has = new BooleanQuery.Builder().add(mentions, Occur.MUST);
                if (free != null) {
                    has.add(free, Occur.MUST_NOT);
                }
                b.add(has.build(), Occur.MUST_NOT);
            }
        }
        List<Query> keywordQueries = new ArrayList<>();
        for (String word : keywords) {
            Query title = text.createBooleanQuery(CatalogIndex.TITLE, word, Occur.SHOULD);
            Query all = text.createBooleanQuery(CatalogIndex.TEXT, word, Occur.SHOULD);
            if (title == null && all == null) {
                continue;
            }
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            if (title != null) {
                one.add(new BoostQuery(title, 2f), Occur.SHOULD);
            }
            if (all != null) {
                one.add(all, Occur.SHOULD);
            }
            keywordQueries.add(one.build());
        }
        for (String word : ranking) {
            Query title = text.createBooleanQuery(CatalogIndex.TITLE, word, Occur.SHOULD);
            if (title != null) {
                b.add(new BoostQuery(title, TRANSLATED_BOOST), Occur.SHOULD);
            }
        }
        boolean structured = in.category() != null || !in.colors().isEmpty() || !in.materials().isEmpty();
        if (keywordQueries.isEmpty()) {
            // Words the catalog does not know, and nothing else to go on: better no results than any results.
            b.add(in.keywords().isEmpty() || structured ? new MatchAllDocsQuery() : new MatchNoDocsQuery(),
                    Occur.MUST);
        } else {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (Query q : keywordQueries) {
                words.add(q, Occur.SHOULD);
            }
            // Most of the known words must match; the rest rank.
            int n = keywordQueries.size();
            if (required != Words.RANK_ONLY) {
                words.setMinimumNumberShouldMatch(required == Words.ALL ? n : n <= 2 ? 1 : (int) Math.ceil(n * 0.6));
                b.add(words.build(), Occur.MUST);
            } else {
                b.add(words.build(), Occur.SHOULD);
                b.add(new MatchAllDocsQuery(), Occur.MUST);
            }
        }
        Query query = b.build();
        return FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromDoubleField(CatalogIndex.POPULARITY));
    }

    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
            b.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        }
        return b.build();
    }

    static Sort sortFor(String sort) {
        return switch (sort) {
            case "price_asc" -> new Sort(new SortField(CatalogIndex.PRICE_USD, SortField.Type.DOUBLE),
                    SortField.FIELD_SCORE);
            case "price_desc" -> new Sort(new SortField(CatalogIndex.PRICE_USD, SortField.Type.DOUBLE, true),
                    SortField.FIELD_SCORE);
            case "orders" -> new Sort(new SortField(CatalogIndex.ORDERS, SortField.Type.INT, true),
                    SortField.FIELD_SCORE);
            case "rating" -> new Sort(new SortField(CatalogIndex.RATING, SortField.Type.DOUBLE, true),
                    new SortField(CatalogIndex.ORDERS, SortField.Type.INT, true));
            case "newest" -> new Sort(new SortField(CatalogIndex.CREATED, SortField.Type.LONG, true),
                    SortField.FIELD_SCORE);
            default -> null;
        };
    }

    /** A catalog product as the API shows it, in {@code currency}. */
    public Item item(Product p, String currency, String imageBase) {
        double price = Rates.round(rates.convert(p.price(), p.currency(), currency), currency);
        double original = Rates.round(rates.convert(Math.max(p.originalPrice(), p.price()), p.currency(), currency),
                currency);
        String image = p.imageUrl() != null ? p.imageUrl() : imageBase + "/api/v1/images/" + p.id() + ".png";
        return new Item(p.id(), p.title(), "https://www.aliexpress.com/item/" + p.id() + ".html", image,
                new Price(price, currency), new Price(original, currency), p.rating(), p.orders(), p.freeShipping(),
                new Store(p.storeId(), p.storeName(), p.storeRating()), p.category());
    }
}
