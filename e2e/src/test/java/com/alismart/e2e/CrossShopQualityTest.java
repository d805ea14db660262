package com.alismart.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.ext.core.CrossShop;
import com.alismart.server.App;
import com.alismart.server.Config;
import com.alismart.server.catalog.CatalogGenerator;
import com.alismart.server.catalog.CatalogLoader;
import com.alismart.server.catalog.Product;
import com.alismart.server.catalog.ProductImages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Find on AliExpress" as the worker runs it (CrossFind: Image Search on the page's photo, Smart Search on the
 * title's words, {@link CrossShop#rank}), measured over catalog products shown the way another shop shows them: the
 * photo at another size, framed and re-compressed, the title in another seller's words (a brand in front, words
 * dropped or swapped, the shop's own tail of features). Reports recall at 1 and at 6 (the panel shows 6), and how
 * often a result called the same product (the only kind the panel shows a saving for) really is that product.
 * The server runs in process over real HTTP; nothing here is a browser, the worker's steps are the same pure Java.
 */
class CrossShopQualityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every product of the browser tests' catalog (600), but this many of them: the run stays short. */
    private static final int PRODUCTS = Integer.getInteger("alismart.crossshop.products", 300);
    private static final String[] BRANDS = {"AMVEE", "Lukvoo", "HOMFIE", "Zorvik", "PETALUX", "Qiyuan", "Brisko",
        "ORVANA", "Tekmo", "Velyra"};
    private static final String[] TAILS = {"Gift for Her", "2 Pack", "Upgraded Version", "Easy to Use",
        "Perfect for Daily Use", "Black Friday Deals", "Ideal Gift", "with Storage Bag", "for Home Office Travel"};

    private static App server;
    private static HttpClient http;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("alismart-crossshop");
        server = App.start(Config.forTests(data));
        assertThat(server.awaitCatalog(Duration.ofSeconds(60))).isTrue();
        http = HttpClient.newHttpClient();
        base = "http://127.0.0.1:" + server.port() + "/api/v1";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Another seller's title for the same product: deterministic for a product. */
    static String otherShopTitle(String title, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(title.split(" ")));
        // Drop a word or two after the first (sellers leave out what they think obvious).
        int drops = random.nextInt(3);
        for (int i = 0; i < drops && words.size() > 4; i++) {
            words.remove(1 + random.nextInt(words.size() - 1));
        }
        // Two neighbouring words swapped ("Black Leather" / "Leather Black").
        if (random.nextInt(3) == 0 && words.size() > 3) {
            int at = 1 + random.nextInt(words.size() - 2);
            String w = words.get(at);
            words.set(at, words.get(at + 1));
            words.set(at + 1, w);
        }
        StringBuilder out = new StringBuilder();
        if (random.nextBoolean()) {
            out.append(BRANDS[random.nextInt(BRANDS.length)]).append(' ');
        }
        out.append(String.join(" ", words));
        if (random.nextBoolean()) {
            out.append(", ").append(TAILS[random.nextInt(TAILS.length)]);
        }
        return out.toString();
    }

    /** The product's photo as another shop serves it: its own size and white frame, as a JPEG. */
    static byte[] otherShopPhoto(Product p, Random random) throws IOException {
        int size = 500 + random.nextInt(500);
        int margin = random.nextInt(size / 8 + 1);
        BufferedImage drawn = ProductImages.render(p, size);
        BufferedImage photo = new BufferedImage(size + 2 * margin, size + margin, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        g.drawImage(drawn, margin, margin / 2, null);
        g.dispose();
        // As the worker sends it: shrunk to at most 512 px, JPEG at 0.9.
        double scale = Math.min(1, 512.0 / Math.max(photo.getWidth(), photo.getHeight()));
        BufferedImage small = new BufferedImage((int) Math.round(photo.getWidth() * scale),
                (int) Math.round(photo.getHeight() * scale), BufferedImage.TYPE_INT_RGB);
        g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, small.getWidth(), small.getHeight(), null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(small, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static List<CrossShop.Hit> imageSearch(byte[] jpeg) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/image-search?limit="
                + CrossShop.PER_SEARCH + "&currency=USD")).header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<CrossShop.Hit> hits = new ArrayList<>();
        JSON.readTree(r.body()).get("items").forEach(it -> hits.add(new CrossShop.Hit(it.get("id").asText(),
                it.get("similarity").asDouble())));
        return hits;
    }

    private static List<CrossShop.Hit> titleSearch(String query) throws Exception {
        StringBuilder url = new StringBuilder(base + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&size=" + CrossShop.PER_SEARCH + "&currency=USD&lang=en");
        for (String drop : CrossShop.TITLE_SEARCH_DROPS) {
            url.append("&drop=").append(drop);
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<CrossShop.Hit> hits = new ArrayList<>();
        JSON.readTree(r.body()).get("items").forEach(it -> hits.add(new CrossShop.Hit(it.get("id").asText(),
                Double.NaN)));
        return hits;
    }

    @Test
    void the_pictured_product_is_found_and_a_saving_is_claimed_only_against_it() throws Exception {
        CatalogGenerator catalog = new CatalogGenerator(CatalogLoader.SEED);
        int first = 0;
        int shown = 0;
        int sameClaims = 0;
        int wrongClaims = 0;
        int firstIsSameAndRight = 0;
        for (int i = 0; i < PRODUCTS; i++) {
            // Spread over the 600 products of the test catalog.
            Product p = catalog.product(i * 600L / PRODUCTS);
            Random random = new Random(p.id().hashCode());
            String title = otherShopTitle(p.title(), random);
            List<CrossShop.Match> matches = CrossShop.rank(imageSearch(otherShopPhoto(p, random)),
                    titleSearch(CrossShop.query(title)), CrossShop.SHOWN);
            for (int k = 0; k < matches.size(); k++) {
                CrossShop.Match m = matches.get(k);
                boolean right = m.id().equals(p.id());
                if (right) {
                    shown++;
                    first += k == 0 ? 1 : 0;
                }
                if (m.same()) {
                    sameClaims++;
                    wrongClaims += right ? 0 : 1;
                    firstIsSameAndRight += k == 0 && right ? 1 : 0;
                }
            }
        }
        double atOne = first / (double) PRODUCTS;
        double atSix = shown / (double) PRODUCTS;
        double claimPrecision = sameClaims == 0 ? 0 : 1 - wrongClaims / (double) sameClaims;
        double sameAtOne = firstIsSameAndRight / (double) PRODUCTS;
        System.out.printf(Locale.ROOT, "find on AliExpress over %d products shown as other shops show them:"
                + " recall@1 %.3f, recall@%d %.3f; 'same product' claims %d, of them right %.3f;"
                + " the right product first and called the same %.3f%n", PRODUCTS, atOne, CrossShop.SHOWN, atSix,
                sameClaims, claimPrecision, sameAtOne);
        // Measured over all 600: recall@1 0.952, recall@6 1.000, 524 "same product" claims all right, the right
        // product first and called the same 0.873. Before one claim per page, the tie rule and the title search
        // without the guessed category: recall@1 0.920 and only 54 % of 511 claims right (a saving shown against a
        // look-alike).
        assertThat(atSix).as("recall@6").isGreaterThanOrEqualTo(0.97);
        assertThat(atOne).as("recall@1").isGreaterThanOrEqualTo(0.90);
        assertThat(claimPrecision).as("share of 'same product' claims that are right").isGreaterThanOrEqualTo(0.98);
        assertThat(sameAtOne).as("the right product first and called the same").isGreaterThanOrEqualTo(0.80);
    }
}
