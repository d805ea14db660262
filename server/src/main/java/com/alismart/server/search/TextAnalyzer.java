package com.alismart.server.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Analysis of product text: words, lower case, accents folded, light English stemming (KStem keeps words
 * readable). The query side adds synonyms from {@code search/synonyms.txt}.
 */
public final class TextAnalyzer extends Analyzer {
    private final SynonymMap synonyms;
    private final boolean stem;

    private TextAnalyzer(SynonymMap synonyms, boolean stem) {
        this.synonyms = synonyms;
        this.stem = stem;
    }

    /** For indexing product text. */
    public static TextAnalyzer index() {
        return new TextAnalyzer(null, true);
    }

    /** For the spelling field: words folded to lower-case ASCII, not stemmed, so suggestions are real words. */
    public static TextAnalyzer plain() {
        return new TextAnalyzer(null, false);
    }

    /** For queries: as {@link #index()}, with the synonyms. */
    public static TextAnalyzer query() {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream("/search/synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/synonyms.txt is missing from the class path");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, index());
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TextAnalyzer(parser.build(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("search/synonyms.txt: " + e.getMessage(), e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (stem) {
            stream = new KStemFilter(stream);
        }
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
