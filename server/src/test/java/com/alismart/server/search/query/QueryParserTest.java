package com.alismart.server.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alismart.server.catalog.Taxonomy;
import com.alismart.server.search.Interpretation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueryParserTest {
    private static final QueryParser PARSER = new QueryParser();

    /** Parses without the safety net, so a bug shows as an exception rather than an empty result. */
    private static Interpretation parse(String query) {
        return PARSER.parseStrict(query, null, "USD");
    }

    private static Interpretation parse(String query, String lang) {
        return PARSER.parseStrict(query, lang, "USD");
    }

    private static Interpretation parse(String query, String lang, String currency) {
        return PARSER.parseStrict(query, lang, currency);
    }

    @Nested
    class TheIssueExamples {
        @Test
        void reads_every_part_of_a_long_english_query() {
            Interpretation r = parse("red waterproof hiking boots for women under 40 dollars");
            assertThat(r.keywords()).containsExactly("waterproof", "hiking", "boots");
            assertThat(r.category()).isEqualTo("shoes");
            assertThat(r.colors()).containsExactly("red");
            assertThat(r.gender()).isEqualTo("women");
            assertThat(r.priceMin()).isNull();
            assertThat(r.priceMax()).isEqualTo(40.0);
            assertThat(r.currency()).isEqualTo("USD");
            assertThat(r.sort()).isEqualTo("relevance");
            assertThat(r.freeShipping()).isFalse();
        }

        @Test
        void reads_a_spanish_dress_query() {
            Interpretation r = parse("vestido rojo para mujer menos de 30 euros");
            assertThat(r.keywords()).containsExactly("vestido");
            assertThat(r.category()).isEqualTo("dresses");
            assertThat(r.colors()).containsExactly("red");
            assertThat(r.gender()).isEqualTo("women");
            assertThat(r.priceMax()).isEqualTo(30.0);
            assertThat(r.currency()).isEqualTo("EUR");
        }

        @Test
        void reads_a_russian_sneaker_query() {
            Interpretation r = parse("кроссовки мужские черные до 3000 рублей");
            assertThat(r.keywords()).containsExactly("кроссовки");
            assertThat(r.category()).isEqualTo("shoes");
            assertThat(r.colors()).containsExactly("black");
            assertThat(r.gender()).isEqualTo("men");
            assertThat(r.priceMax()).isEqualTo(3000.0);
            assertThat(r.currency()).isEqualTo("RUB");
        }
    }

    @Nested
    class Prices {
        @Test
        void reads_ranges_in_words_and_symbols() {
            Interpretation r = parse("between 20 and 50 euros");
            assertThat(r.priceMin()).isEqualTo(20.0);
            assertThat(r.priceMax()).isEqualTo(50.0);
            assertThat(r.currency()).isEqualTo("EUR");
            assertThat(r.keywords()).isEmpty();

            r = parse("50-100$");
            assertThat(r.priceMin()).isEqualTo(50.0);
            assertThat(r.priceMax()).isEqualTo(100.0);
            assertThat(r.currency()).isEqualTo("USD");

            r = parse("$50-$100", null, "EUR");
            assertThat(r.priceMin()).isEqualTo(50.0);
            assertThat(r.priceMax()).isEqualTo(100.0);
            assertThat(r.currency()).isEqualTo("USD");

            r = parse("from 10 to 20 €");
            assertThat(r.priceMin()).isEqualTo(10.0);
            assertThat(r.priceMax()).isEqualTo(20.0);
            assertThat(r.currency()).isEqualTo("EUR");

            r = parse("20 to 30 dollars");
            assertThat(r.priceMin()).isEqualTo(20.0);
            assertThat(r.priceMax()).isEqualTo(30.0);
        }

        @Test
        void reads_ranges_in_every_language() {
            assertRange(parse("entre 20 y 50"), 20, 50, "USD");
            assertRange(parse("de 10 a 20"), 10, 20, "USD");
            assertRange(parse("entre 10 et 20"), 10, 20, "USD");
            assertRange(parse("von 10 bis 20"), 10, 20, "USD");
            assertRange(parse("zwischen 10 und 20"), 10, 20, "USD");
            assertRange(parse("de 10 a 20 reais"), 10, 20, "BRL");
            assertRange(parse("от 1000 до 3000 рублей"), 1000, 3000, "RUB");
            assertRange(parse("price 30-20"), 20, 30, "USD");
        }

        private void assertRange(Interpretation r, double min, double max, String currency) {
            assertThat(r.priceMin()).isEqualTo(min);
            assertThat(r.priceMax()).isEqualTo(max);
            assertThat(r.currency()).isEqualTo(currency);
        }

        @Test
        void reads_upper_bounds() {
            Interpretation r = parse("less than £10");
            assertThat(r.priceMax()).isEqualTo(10.0);
            assertThat(r.currency()).isEqualTo("GBP");
            assertThat(parse("earrings at most 15").priceMax()).isEqualTo(15.0);
            assertThat(parse("up to $25").priceMax()).isEqualTo(25.0);
            assertThat(parse("no more than 60 usd").priceMax()).isEqualTo(60.0);
            assertThat(parse("hasta 100 pesos").currency()).isEqualTo("MXN");
            assertThat(parse("jusqu'à 50 €").priceMax()).isEqualTo(50.0);
            assertThat(parse("Kleid unter 50 Euro").priceMax()).isEqualTo(50.0);
            assertThat(parse("höchstens 25 Euro").priceMax()).isEqualTo(25.0);
            assertThat(parse("até 100 reais").currency()).isEqualTo("BRL");
            assertThat(parse("no máximo 80 reais", "pt").priceMax()).isEqualTo(80.0);
            assertThat(parse("дешевле 500 рублей").priceMax()).isEqualTo(500.0);
            assertThat(parse("не дороже 2000 рублей").priceMax()).isEqualTo(2000.0);
        }

        @Test
        void reads_lower_bounds() {
            Interpretation r = parse("over 30");
            assertThat(r.priceMin()).isEqualTo(30.0);
            assertThat(r.priceMax()).isNull();
            assertThat(r.currency()).isEqualTo("USD");
            assertThat(parse("at least $100").priceMin()).isEqualTo(100.0);
            assertThat(parse("más de 20 euros").priceMin()).isEqualTo(20.0);
            assertThat(parse("à partir de 15 €").priceMin()).isEqualTo(15.0);
            assertThat(parse("ab 20€ Schuhe").priceMin()).isEqualTo(20.0);
            assertThat(parse("mais de 50 reais").priceMin()).isEqualTo(50.0);
            assertThat(parse("от 500 руб").priceMin()).isEqualTo(500.0);
            assertThat(parse("$20+").priceMin()).isEqualTo(20.0);
            assertThat(parse("20 dollars and up").priceMin()).isEqualTo(20.0);
        }

        @Test
        void reads_currency_symbols_before_or_after_with_or_without_space() {
            assertPrice(parse("$40"), 40, "USD");
            assertPrice(parse("40$"), 40, "USD");
            assertPrice(parse("40 $"), 40, "USD");
            assertPrice(parse("€40"), 40, "EUR");
            assertPrice(parse("40€"), 40, "EUR");
            assertPrice(parse("£10"), 10, "GBP");
            assertPrice(parse("R$ 50"), 50, "BRL");
            assertPrice(parse("R$50"), 50, "BRL");
            assertPrice(parse("50 руб"), 50, "RUB");
            assertPrice(parse("3000₽"), 3000, "RUB");
            assertPrice(parse("US $40"), 40, "USD");
            assertPrice(parse("40 usd"), 40, "USD");
            assertPrice(parse("40usd"), 40, "USD");
            assertPrice(parse("40 dollars"), 40, "USD");
            assertPrice(parse("40 bucks"), 40, "USD");
            assertPrice(parse("C$ 30"), 30, "CAD");
            assertPrice(parse("AU$30"), 30, "AUD");
            assertPrice(parse("MX$ 300"), 300, "MXN");
            assertPrice(parse("¥500"), 500, "JPY");
            assertPrice(parse("100 zł"), 100, "PLN");
            assertPrice(parse("до 500р"), 500, "RUB");
        }

        private void assertPrice(Interpretation r, double max, String currency) {
            assertThat(r.priceMax()).isEqualTo(max);
            assertThat(r.currency()).isEqualTo(currency);
            assertThat(r.keywords()).isEmpty();
        }

        @Test
        void reads_grouped_and_decimal_numbers() {
            assertThat(parse("under 40.50").priceMax()).isEqualTo(40.5);
            assertThat(parse("menos de 40,50 €").priceMax()).isEqualTo(40.5);
            assertThat(parse("under 1,299.00").priceMax()).isEqualTo(1299.0);
            assertThat(parse("unter 1.299,00 €").priceMax()).isEqualTo(1299.0);
            assertThat(parse("до 1 000 руб").priceMax()).isEqualTo(1000.0);
            assertThat(parse("under 1k").priceMax()).isEqualTo(1000.0);
            assertThat(parse("under $1.5k").priceMax()).isEqualTo(1500.0);
        }

        @Test
        void a_price_word_without_a_currency_takes_the_default_currency() {
            Interpretation r = parse("under 40", "en", "EUR");
            assertThat(r.priceMax()).isEqualTo(40.0);
            assertThat(r.currency()).isEqualTo("EUR");
            assertThat(parse("dress", "en", "BRL").currency()).isEqualTo("BRL");
            assertThat(parse("dress", "en", null).currency()).isEqualTo("USD");
            assertThat(parse("dress", "en", "euros!").currency()).isEqualTo("USD");
        }

        @Test
        void a_bare_number_is_not_a_price() {
            Interpretation r = parse("iphone 15 case");
            assertThat(r.priceMin()).isNull();
            assertThat(r.priceMax()).isNull();
            assertThat(r.keywords()).containsExactly("iphone", "15", "case");
            assertThat(parse("shoes 42").keywords()).containsExactly("shoes", "42");
            assertThat(parse("power bank 20000 mah").priceMax()).isNull();
            assertThat(parse("under 5 kg").priceMax()).isNull();
            assertThat(parse("50% off dress").priceMax()).isNull();
            assertThat(parse("iphone 13 pro max 128").priceMax()).isNull();
            assertThat(parse("toys for 3 years and up").priceMin()).isNull();
        }

        @Test
        void a_word_that_is_also_a_currency_needs_a_price_word() {
            Interpretation r = parse("5 pound dumbbell");
            assertThat(r.priceMax()).isNull();
            assertThat(r.currency()).isEqualTo("USD");
            r = parse("under 20 pounds");
            assertThat(r.priceMax()).isEqualTo(20.0);
            assertThat(r.currency()).isEqualTo("GBP");
            assertThat(parse("real leather wallet").currency()).isEqualTo("USD");
            assertThat(parse("até 50 real").currency()).isEqualTo("BRL");
        }

        @Test
        void a_price_with_its_currency_and_no_bound_word_is_a_budget() {
            Interpretation r = parse("headphones 30€");
            assertThat(r.priceMax()).isEqualTo(30.0);
            assertThat(r.keywords()).containsExactly("headphones");
            assertThat(parse("dress around $30").priceMax()).isEqualTo(30.0);
            assertThat(parse("30 € or less").priceMax()).isEqualTo(30.0);
        }
    }

    @Nested
    class Ratings {
        @Test
        void reads_english_ratings() {
            assertThat(parse("4.5 stars or more").minRating()).isEqualTo(4.5);
            assertThat(parse("4+ stars").minRating()).isEqualTo(4.0);
            assertThat(parse("at least 4.8 rating").minRating()).isEqualTo(4.8);
            assertThat(parse("rated 4 and up").minRating()).isEqualTo(4.0);
            assertThat(parse("rating 4.5+").minRating()).isEqualTo(4.5);
            assertThat(parse("5-star headphones").minRating()).isEqualTo(5.0);
            assertThat(parse("4.5 stars or more").keywords()).isEmpty();
        }

        @Test
        void reads_ratings_in_other_languages() {
            assertThat(parse("4 estrellas o más").minRating()).isEqualTo(4.0);
            assertThat(parse("al menos 4.5 estrellas").minRating()).isEqualTo(4.5);
            assertThat(parse("4,5 estrellas").minRating()).isEqualTo(4.5);
            assertThat(parse("4 étoiles et plus").minRating()).isEqualTo(4.0);
            assertThat(parse("mindestens 4 Sterne").minRating()).isEqualTo(4.0);
            assertThat(parse("4 estrelas ou mais").minRating()).isEqualTo(4.0);
            assertThat(parse("от 4 звезд").minRating()).isEqualTo(4.0);
            assertThat(parse("рейтинг от 4.5").minRating()).isEqualTo(4.5);
        }

        @Test
        void a_number_in_a_rating_is_never_a_price() {
            Interpretation r = parse("at least 4 stars under 30 dollars");
            assertThat(r.minRating()).isEqualTo(4.0);
            assertThat(r.priceMin()).isNull();
            assertThat(r.priceMax()).isEqualTo(30.0);
            r = parse("от 4 звезд до 1000 рублей");
            assertThat(r.minRating()).isEqualTo(4.0);
            assertThat(r.priceMin()).isNull();
            assertThat(r.priceMax()).isEqualTo(1000.0);
        }

        @Test
        void ignores_numbers_no_rating_can_have() {
            assertThat(parse("10 stars").minRating()).isNull();
            assertThat(parse("0 stars").minRating()).isEqualTo(0.0);
        }
    }

    @Nested
    class ShippingAndSort {
        @Test
        void reads_free_shipping_in_six_languages() {
            for (String q : List.of("free shipping", "free delivery", "ships free", "envío gratis", "envio gratuito",
                    "livraison gratuite", "kostenloser Versand", "versandkostenfrei", "gratis Versand",
                    "frete grátis", "entrega grátis", "бесплатная доставка", "с бесплатной доставкой")) {
                Interpretation r = parse(q);
                assertThat(r.freeShipping()).as(q).isTrue();
                assertThat(r.keywords()).as(q).isEmpty();
            }
        }

        @Test
        void reads_sort_orders() {
            Map<String, String> cases = Map.ofEntries(
                    Map.entry("cheapest", "price_asc"), Map.entry("cheap", "price_asc"),
                    Map.entry("price low to high", "price_asc"), Map.entry("más barato", "price_asc"),
                    Map.entry("pas cher", "price_asc"), Map.entry("günstig", "price_asc"),
                    Map.entry("mais barato", "price_asc"), Map.entry("дешевые", "price_asc"),
                    Map.entry("most expensive", "price_desc"), Map.entry("price high to low", "price_desc"),
                    Map.entry("más caro", "price_desc"), Map.entry("самый дорогой", "price_desc"),
                    Map.entry("best selling", "orders"), Map.entry("most popular", "orders"),
                    Map.entry("más vendidos", "orders"), Map.entry("meilleures ventes", "orders"),
                    Map.entry("Bestseller", "orders"), Map.entry("хит продаж", "orders"),
                    Map.entry("top rated", "rating"), Map.entry("mejor valorados", "rating"),
                    Map.entry("mieux notés", "rating"), Map.entry("с лучшим рейтингом", "rating"),
                    Map.entry("newest", "newest"), Map.entry("new arrivals", "newest"),
                    Map.entry("novedades", "newest"), Map.entry("Neuheiten", "newest"),
                    Map.entry("lançamentos", "newest"), Map.entry("новинки", "newest"));
            cases.forEach((q, sort) -> assertThat(parse(q).sort()).as(q).isEqualTo(sort));
        }

        @Test
        void plain_new_and_premium_are_not_sorts() {
            Interpretation r = parse("new dress");
            assertThat(r.sort()).isEqualTo("relevance");
            assertThat(r.keywords()).containsExactly("dress");
            assertThat(parse("premium headphones").keywords()).containsExactly("premium", "headphones");
        }
    }

    @Nested
    class Negations {
        @Test
        void excludes_the_next_word() {
            assertThat(parse("not silicone").excluded()).containsExactly("silicone");
            assertThat(parse("earrings without nickel").excluded()).containsExactly("nickel");
            assertThat(parse("sin azúcar").excluded()).containsExactly("azúcar");
            assertThat(parse("sans nickel").excluded()).containsExactly("nickel");
            assertThat(parse("pas de plastique").excluded()).containsExactly("plastic");
            assertThat(parse("ohne Kabel").excluded()).containsExactly("kabel");
            assertThat(parse("keine Plastik").excluded()).containsExactly("plastic");
            assertThat(parse("sem alça").excluded()).containsExactly("alça");
            assertThat(parse("без сахара").excluded()).containsExactly("сахара");
            assertThat(parse("except red").excluded()).containsExactly("red");
        }

        @Test
        void an_excluded_colour_or_material_is_stored_by_its_canonical_name_and_nowhere_else() {
            Interpretation r = parse("phone case not silicone black");
            assertThat(r.excluded()).containsExactly("silicone");
            assertThat(r.materials()).isEmpty();
            assertThat(r.colors()).containsExactly("black");
            assertThat(r.keywords()).containsExactly("phone", "case");
            r = parse("watch without stainless steel");
            assertThat(r.excluded()).containsExactly("stainless steel");
            assertThat(parse("sin cuero").excluded()).containsExactly("leather");
            assertThat(parse("non-leather shoes").excluded()).containsExactly("leather");
            assertThat(parse("no heels").category()).isNull();
            r = parse("red dress not red, no lace, lace collar");
            assertThat(r.colors()).isEmpty();
            assertThat(r.excluded()).containsExactly("red", "lace");
            assertThat(r.keywords()).containsExactly("dress", "collar");
        }

        @Test
        void no_is_not_a_negation_in_portuguese() {
            Interpretation r = parse("camisa no tamanho M", "pt");
            assertThat(r.excluded()).isEmpty();
            assertThat(r.sizes()).containsExactly("m");
            assertThat(parse("no plastic", "en").excluded()).containsExactly("plastic");
        }

        @Test
        void idioms_for_wireless_and_brand_names_are_not_negations() {
            assertThat(parse("fone sem fio").excluded()).isEmpty();
            assertThat(parse("écouteurs sans fil").excluded()).isEmpty();
            assertThat(parse("no show socks").excluded()).isEmpty();
            assertThat(parse("non-slip yoga mat").keywords()).containsExactly("non-slip", "yoga", "mat");
            assertThat(parse("no more than 20").priceMax()).isEqualTo(20.0);
        }
    }

    @Nested
    class Sizes {
        @Test
        void reads_sizes_after_a_size_word() {
            assertThat(parse("size xl").sizes()).containsExactly("xl");
            assertThat(parse("size 38").sizes()).containsExactly("38");
            assertThat(parse("talla M").sizes()).containsExactly("m");
            assertThat(parse("taille 40").sizes()).containsExactly("40");
            assertThat(parse("Größe 42").sizes()).containsExactly("42");
            assertThat(parse("tamanho G").sizes()).containsExactly("g");
            assertThat(parse("размер 44").sizes()).containsExactly("44");
            assertThat(parse("size 9.5 shoes").sizes()).containsExactly("9.5");
            assertThat(parse("size m/l").sizes()).containsExactly("m", "l");
            assertThat(parse("size 38-40").sizes()).containsExactly("38", "40");
            assertThat(parse("42 size shoes").sizes()).containsExactly("42");
            assertThat(parse("size xl").keywords()).isEmpty();
        }

        @Test
        void reads_unmistakable_letter_sizes_alone_but_not_s_m_l() {
            assertThat(parse("xxl t-shirt").sizes()).containsExactly("xxl");
            assertThat(parse("3XL jacket").sizes()).containsExactly("3xl");
            assertThat(parse("hoodie xs").sizes()).containsExactly("xs");
            assertThat(parse("m").sizes()).isEmpty();
            assertThat(parse("shoes 42").sizes()).isEmpty();
        }

        @Test
        void a_size_next_to_a_price_stays_a_size() {
            Interpretation r = parse("vestido talla M hasta 40 € envío gratis");
            assertThat(r.sizes()).containsExactly("m");
            assertThat(r.priceMax()).isEqualTo(40.0);
            assertThat(r.currency()).isEqualTo("EUR");
            r = parse("size 38 under 50 euros");
            assertThat(r.sizes()).containsExactly("38");
            assertThat(r.priceMax()).isEqualTo(50.0);
        }

        @Test
        void plus_size_is_a_keyword_phrase() {
            Interpretation r = parse("plus size dress 3xl");
            assertThat(r.keywords()).containsExactly("plus", "size", "dress");
            assertThat(r.sizes()).containsExactly("3xl");
        }
    }

    @Nested
    class Categories {
        @Test
        void the_product_word_decides_and_stays_a_keyword() {
            Interpretation r = parse("hiking boots");
            assertThat(r.keywords()).containsExactly("hiking", "boots");
            assertThat(r.category()).isEqualTo("shoes");
            assertThat(parse("phone case").category()).isEqualTo("phone-cases");
            assertThat(parse("phone charger").category()).isEqualTo("phone-accessories");
            assertThat(parse("leather watch strap").category()).isEqualTo("watches");
            assertThat(parse("smart watch").category()).isEqualTo("wearables");
            assertThat(parse("case for iphone 15").category()).isEqualTo("phone-cases");
            assertThat(parse("laptop bag").category()).isEqualTo("bags");
            assertThat(parse("yoga pants").category()).isEqualTo("pants");
        }

        @Test
        void control_is_no_controller() {
            // Stemmed alike ("control"); a controller is a product, "oil control" and "remote control" are not.
            assertThat(parse("concealer oil control").category()).isEqualTo("makeup");
            assertThat(parse("waterproof concealer spf30 oil control makeup").category()).isEqualTo("makeup");
            assertThat(parse("wireless game controller").category()).isEqualTo("computer-accessories");
            assertThat(parse("bluetooth controllers").category()).isEqualTo("computer-accessories");
        }

        @Test
        void specific_words_beat_broad_ones() {
            assertThat(parse("dog bed").category()).isEqualTo("pet-supplies");
            assertThat(parse("dog collar").category()).isEqualTo("pet-supplies");
            assertThat(parse("cat eye sunglasses").category()).isEqualTo("eyewear");
            assertThat(parse("baby shoes").category()).isEqualTo("shoes");
            assertThat(parse("bike light").category()).isEqualTo("cycling");
            assertThat(parse("sleeping bag").category()).isEqualTo("camping");
            assertThat(parse("rc car").category()).isEqualTo("toys");
            assertThat(parse("car phone holder").category()).isEqualTo("car-accessories");
        }

        @Test
        void romance_and_russian_queries_take_the_first_product_word() {
            assertThat(parse("funda iphone silicona").category()).isEqualTo("phone-cases");
            assertThat(parse("jaqueta jeans").category()).isEqualTo("jackets");
            assertThat(parse("coque iphone 15 pas cher").category()).isEqualTo("phone-cases");
            assertThat(parse("чехол для iphone 13").category()).isEqualTo("phone-cases");
        }

        @Test
        void every_category_has_product_words_in_every_language() {
            Lexicon lexicon = Lexicon.load();
            for (Taxonomy.Category c : Taxonomy.CATEGORIES) {
                for (Lang lang : Lang.values()) {
                    assertThat(lexicon.forms(Kind.CATEGORY, c.id(), lang)).as(c.id() + " in " + lang.code)
                            .isGreaterThanOrEqualTo(4);
                }
            }
        }

        @Test
        void recognises_product_words_of_each_language_and_their_plurals() {
            Map<String, String> cases = Map.ofEntries(
                    Map.entry("sneakers", "shoes"), Map.entry("trainers", "shoes"), Map.entry("sandals", "shoes"),
                    Map.entry("botas", "shoes"), Map.entry("zapatillas", "shoes"), Map.entry("bottes", "shoes"),
                    Map.entry("Turnschuhe", "shoes"), Map.entry("tênis", "shoes"), Map.entry("ботинки", "shoes"),
                    Map.entry("туфли", "shoes"), Map.entry("кроссовок", "shoes"), Map.entry("vestidos", "dresses"),
                    Map.entry("jupes", "dresses"), Map.entry("Kleider", "dresses"), Map.entry("платья", "dresses"),
                    Map.entry("pantalones", "pants"), Map.entry("calças", "pants"), Map.entry("джинсы", "pants"),
                    Map.entry("chaquetas", "jackets"), Map.entry("Jacken", "jackets"), Map.entry("куртки", "jackets"),
                    Map.entry("mochilas", "bags"), Map.entry("Rucksäcke", "bags"), Map.entry("сумки", "bags"),
                    Map.entry("relojes", "watches"), Map.entry("Uhren", "watches"), Map.entry("collares", "jewelry"),
                    Map.entry("boucles d'oreilles", "jewelry"), Map.entry("brincos", "jewelry"),
                    Map.entry("gafas de sol", "eyewear"), Map.entry("óculos", "eyewear"),
                    Map.entry("bonnets", "hats"), Map.entry("шарф", "hats"), Map.entry("fundas", "phone-cases"),
                    Map.entry("cargadores", "phone-accessories"), Map.entry("Ladekabel", "phone-accessories"),
                    Map.entry("auriculares", "audio"), Map.entry("наушники", "audio"),
                    Map.entry("montre connectée", "wearables"), Map.entry("teclado", "computer-accessories"),
                    Map.entry("cortinas", "home-decor"), Map.entry("sartenes", "kitchen"),
                    Map.entry("sábanas", "bedding"), Map.entry("lámparas", "lighting"), Map.entry("batom", "makeup"),
                    Map.entry("peluca", "hair-care"), Map.entry("esmalte de uñas", "nail-art"),
                    Map.entry("juguetes", "toys"), Map.entry("poussette", "baby"), Map.entry("гантели", "fitness"),
                    Map.entry("Zelt", "camping"), Map.entry("велосипед", "cycling"),
                    Map.entry("dashcam", "car-accessories"), Map.entry("destornillador", "tools"),
                    Map.entry("coleira", "pet-supplies"), Map.entry("macetas", "garden"),
                    Map.entry("cuadernos", "stationery"), Map.entry("bikini", "swimwear"),
                    Map.entry("pijamas", "sleepwear"), Map.entry("camisetas", "tops"));
            cases.forEach((q, category) -> assertThat(parse(q).category()).as(q).isEqualTo(category));
        }

        @Test
        void splits_german_compounds() {
            Interpretation r = parse("Damen Laufschuhe schwarz");
            assertThat(r.category()).isEqualTo("shoes");
            assertThat(r.gender()).isEqualTo("women");
            assertThat(r.colors()).containsExactly("black");
            assertThat(r.keywords()).containsExactly("laufschuhe");
            r = parse("Herrenuhr");
            assertThat(r.category()).isEqualTo("watches");
            assertThat(r.gender()).isEqualTo("men");
            assertThat(parse("Lederjacke").materials()).containsExactly("leather");
            assertThat(parse("Kinderschuhe").gender()).isEqualTo("kids");
            assertThat(parse("spring dress").category()).isEqualTo("dresses");
        }
    }

    @Nested
    class ColoursMaterialsGenders {
        @Test
        void maps_colours_onto_english_names() {
            Map<String, String> cases = Map.ofEntries(
                    Map.entry("rojo", "red"), Map.entry("rojas", "red"), Map.entry("rouge", "red"),
                    Map.entry("rote", "red"), Map.entry("roten", "red"), Map.entry("vermelho", "red"),
                    Map.entry("красный", "red"), Map.entry("grey", "gray"), Map.entry("gray", "gray"),
                    Map.entry("navy blue", "navy"), Map.entry("azul marino", "navy"), Map.entry("dunkelblau", "navy"),
                    Map.entry("темно-синий", "navy"), Map.entry("light blue", "blue"), Map.entry("черных", "black"),
                    Map.entry("чёрное", "black"), Map.entry("weiße", "white"), Map.entry("noires", "black"),
                    Map.entry("dorado", "gold"), Map.entry("prateado", "silver"), Map.entry("burgundy", "red"),
                    Map.entry("beige", "beige"), Map.entry("lila", "purple"), Map.entry("marrom", "brown"));
            cases.forEach((q, color) -> {
                Interpretation r = parse(q);
                assertThat(r.colors()).as(q).containsExactly(color);
                assertThat(r.keywords()).as(q).isEmpty();
            });
            assertThat(parse("red-black sneakers").colors()).containsExactly("red", "black");
        }

        @Test
        void maps_materials_onto_taxonomy_names() {
            Map<String, String> cases = Map.ofEntries(
                    Map.entry("cuero", "leather"), Map.entry("couro", "leather"), Map.entry("Leder", "leather"),
                    Map.entry("cuir", "leather"), Map.entry("кожаный", "leather"), Map.entry("кожаная", "leather"),
                    Map.entry("stainless steel", "stainless steel"), Map.entry("acero inoxidable", "stainless steel"),
                    Map.entry("нержавеющая сталь", "stainless steel"), Map.entry("algodón", "cotton"),
                    Map.entry("algodon", "cotton"), Map.entry("Baumwolle", "cotton"), Map.entry("seda", "silk"),
                    Map.entry("925 silver", "sterling silver"), Map.entry("plata de ley", "sterling silver"),
                    Map.entry("silicona", "silicone"), Map.entry("madera", "wood"), Map.entry("wooden", "wood"));
            cases.forEach((q, material) -> assertThat(parse(q).materials()).as(q).containsExactly(material));
        }

        @Test
        void reads_genders() {
            Map<String, String> cases = Map.ofEntries(
                    Map.entry("women", "women"), Map.entry("women's", "women"), Map.entry("ladies", "women"),
                    Map.entry("mujer", "women"), Map.entry("dama", "women"), Map.entry("femme", "women"),
                    Map.entry("Damen", "women"), Map.entry("feminino", "women"), Map.entry("женские", "women"),
                    Map.entry("mens", "men"), Map.entry("men's", "men"), Map.entry("hombre", "men"),
                    Map.entry("caballero", "men"), Map.entry("homme", "men"), Map.entry("Herren", "men"),
                    Map.entry("masculino", "men"), Map.entry("мужской", "men"), Map.entry("kids", "kids"),
                    Map.entry("girls", "kids"), Map.entry("niños", "kids"), Map.entry("enfants", "kids"),
                    Map.entry("Kinder", "kids"), Map.entry("infantil", "kids"), Map.entry("детские", "kids"));
            cases.forEach((q, gender) -> {
                Interpretation r = parse(q);
                assertThat(r.gender()).as(q).isEqualTo(gender);
                assertThat(r.keywords()).as(q).isEmpty();
            });
            assertThat(parse("watch for men and women").gender()).isNull();
            assertThat(parse("baby dress").gender()).isEqualTo("kids");
        }
    }

    @Nested
    class Keywords {
        @Test
        void keeps_content_words_as_typed_in_query_order_without_duplicates() {
            assertThat(parse("Bluetooth Wireless EARBUDS with mic, wireless").keywords())
                    .containsExactly("bluetooth", "wireless", "earbuds", "mic");
            assertThat(parse("envío rápido zapatillas").keywords()).containsExactly("envío", "rápido", "zapatillas");
            assertThat(parse("sac à dos en cuir").keywords()).containsExactly("sac", "dos");
            assertThat(parse("mother-of-pearl earrings").keywords()).containsExactly("mother-of-pearl", "earrings");
            assertThat(parse("I am looking for a nice lamp please").keywords()).containsExactly("nice", "lamp");
        }

        @Test
        void collapses_whitespace_and_ignores_punctuation() {
            Interpretation r = parse("   red!!!   dress???  ");
            assertThat(r.keywords()).containsExactly("dress");
            assertThat(r.colors()).containsExactly("red");
            assertThat(parse("«vestido»; (rojo)").colors()).containsExactly("red");
        }
    }

    @Nested
    class Languages {
        @Test
        void matches_every_language_even_with_a_wrong_hint() {
            Interpretation r = parse("vestido rojo para mujer", "en");
            assertThat(r.category()).isEqualTo("dresses");
            assertThat(r.colors()).containsExactly("red");
            assertThat(r.gender()).isEqualTo("women");
            r = parse("zapatillas negras", "de");
            assertThat(r.category()).isEqualTo("shoes");
            assertThat(r.colors()).containsExactly("black");
            assertThat(parse("red dress", "ru").colors()).containsExactly("red");
        }

        @Test
        void the_hint_settles_words_two_languages_share() {
            assertThat(parse("collar", "en").category()).isEqualTo("pet-supplies");
            assertThat(parse("collar", "es").category()).isEqualTo("jewelry");
            assertThat(parse("robe", "en").category()).isEqualTo("sleepwear");
            assertThat(parse("robe", "fr").category()).isEqualTo("dresses");
            assertThat(parse("rouge", "de").category()).isEqualTo("makeup");
            assertThat(parse("rouge", "fr").colors()).containsExactly("red");
        }

        @Test
        void accents_are_optional() {
            assertThat(parse("envio gratis").freeShipping()).isTrue();
            assertThat(parse("frete gratis").freeShipping()).isTrue();
            assertThat(parse("camiseta de algodon").materials()).containsExactly("cotton");
            assertThat(parse("Grosse 42").sizes()).containsExactly("42");
            assertThat(parse("черный").colors()).containsExactly("black");
        }

        @Test
        void accepts_region_tags_and_unknown_hints() {
            assertThat(parse("zapatos", "es-MX").category()).isEqualTo("shoes");
            assertThat(parse("zapatos", "xx").category()).isEqualTo("shoes");
        }
    }

    @Nested
    class HostileInput {
        @Test
        void never_throws() {
            List<String> inputs = new ArrayList<>(List.of("", " ", "\t\n", "😀".repeat(500),
                    "'; DROP TABLE products; --", "<script>alert(1)</script>", "<b>red</b> dress",
                    "1 2 3 4 5 6 7 8 9", "99999999999999999999999", "12.5.2023", "$$$ €€€", "-----", "+", "4+",
                    "under", "between 50 and", "from", "$", "R$", "size", "not", "без", "rating 100", "null",
                    "a".repeat(5000), "x-".repeat(300), "1,2,3,4,5", "\u0000\u0001\u202e", "ℌ𝔢𝔩𝔩𝔬",
                    "мужские men hombre Herren homme masculino", "🔥🔥 cheap 🔥 shoes 🔥", "中文 连衣裙 红色",
                    "العربية فستان", "e\u0301nvi\u0301o gratis"));
            for (int i = 0; i < 200; i++) {
                inputs.add("size under not 4 stars $ - " + i + " ".repeat(i % 7) + "от до");
            }
            for (String q : inputs) {
                assertThatCode(() -> parse(q)).as(q).doesNotThrowAnyException();
            }
            assertThat(PARSER.parse(null, null, null).keywords()).isEmpty();
        }

        @Test
        void hostile_inputs_give_plain_results() {
            Interpretation r = parse("'; DROP TABLE products; --");
            assertThat(r.keywords()).containsExactly("drop", "table", "products");
            assertThat(parse("😀".repeat(500)).keywords()).isEmpty();
            assertThat(parse("").sort()).isEqualTo("relevance");
            assertThat(parse("<script>alert(1)</script>").keywords()).containsExactly("script", "alert", "1");
            assertThat(parse("a".repeat(5000)).keywords()).hasSize(1);
            assertThat(parse("e\u0301nvi\u0301o gratis").freeShipping()).isTrue();
        }

        @Test
        void is_safe_to_share_between_threads() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Interpretation>> results = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    results.add(pool.submit(() -> PARSER.parse("кроссовки мужские черные до 3000 рублей", null,
                            "USD")));
                }
                for (Future<Interpretation> f : results) {
                    assertThat(f.get().priceMax()).isEqualTo(3000.0);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Nested
    class LexiconFiles {
        @Test
        void refuses_malformed_lines() {
            assertThatThrownBy(() -> Lexicon.parse(Map.of("categories.tsv", "spaceships\ten\trocket\n")))
                    .hasMessageContaining("categories.tsv:1").hasMessageContaining("spaceships");
            assertThatThrownBy(() -> Lexicon.parse(Map.of("colors.tsv", "red\txx\trojo\n")))
                    .hasMessageContaining("unknown language");
            assertThatThrownBy(() -> Lexicon.parse(Map.of("colors.tsv", "red\tes\trojo\tshiny\n")))
                    .hasMessageContaining("unknown flag");
            assertThatThrownBy(() -> Lexicon.parse(Map.of("colors.tsv", "red es rojo\n")))
                    .hasMessageContaining("separated by tabs");
            assertThatThrownBy(() -> Lexicon.parse(Map.of("patterns.tsv", "price_maybe\ten\tunder\n")))
                    .hasMessageContaining("patterns.tsv:1");
        }

        @Test
        void reads_comments_and_flags() {
            Lexicon lex = Lexicon.parse(Map.of("categories.tsv",
                    "# a comment\n\ndresses\tes\tvestido|falda\nbaby\ten\tbaby\tbroad,gender=kids\n"));
            assertThat(lex.size()).isEqualTo(3);
            assertThat(lex.forms(Kind.CATEGORY, "dresses", Lang.ES)).isEqualTo(2);
        }
    }
}
