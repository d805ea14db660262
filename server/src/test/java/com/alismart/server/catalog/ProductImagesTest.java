package com.alismart.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ProductImagesTest {
    /** Pixels this close to the corner colour count as background (the soft floor shadow included). */
    private static final double BACKGROUND = 22;

    @Test
    void renders_the_requested_size() throws IOException {
        Product p = product("1005000000000001", "tshirt", "red");
        assertThat(ProductImages.render(p, 64)).extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(64, 64);
        BufferedImage big = ProductImages.render(p, 512);
        assertThat(big.getWidth()).isEqualTo(512);
        assertThat(big.getHeight()).isEqualTo(512);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(ProductImages.png(p, 300)));
        assertThat(decoded.getWidth()).isEqualTo(300);
        assertThatThrownBy(() -> ProductImages.render(p, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProductImages.render(p, 10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_shape_the_templates_use_has_its_own_drawing() {
        Set<String> used = CatalogTemplates.bundled().categories().stream().flatMap(c -> c.types().stream())
                .map(CatalogTemplates.ProductType::shape).collect(Collectors.toSet());
        assertThat(ProductImages.SHAPES).containsAll(used);
        BufferedImage fallback = ProductImages.render(product("1005000000000002", "spaceship", "blue"), 64);
        for (String shape : used) {
            BufferedImage drawn = ProductImages.render(product("1005000000000002", shape, "blue"), 64);
            assertThat(silhouetteDifference(drawn, fallback)).as(shape).isGreaterThan(0.04);
        }
    }

    @Test
    void the_main_colour_dominates_every_shape_in_every_colour() {
        for (String shape : ProductImages.SHAPES) {
            for (String color : Taxonomy.COLORS.keySet()) {
                BufferedImage image = ProductImages.render(product("1005000000004242", shape, color), 256);
                Map<String, Integer> counts = nearestColours(image);
                int total = counts.values().stream().mapToInt(Integer::intValue).sum();
                String top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                assertThat(top).as("%s %s: %s", color, shape, counts).isEqualTo(color);
                assertThat(counts.get(color) / (double) total).as("%s %s", color, shape).isGreaterThan(0.25);
            }
        }
    }

    @Test
    void a_second_colour_shows_as_a_detail() {
        for (String shape : List.of("tshirt", "sneaker", "backpack", "watch", "handbag", "headphones")) {
            String id = "1005000000007777";
            Map<String, Integer> one = nearestColours(ProductImages.render(product(id, shape, "red"), 256));
            Map<String, Integer> two = nearestColours(ProductImages.render(product(id, shape, "red", "blue"), 256));
            int total = two.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(two.getOrDefault("blue", 0) / (double) total).as(shape).isGreaterThan(0.02);
            assertThat(one.getOrDefault("blue", 0)).as(shape).isZero();
            assertThat(two.get("red")).as(shape).isGreaterThan(two.get("blue"));
        }
    }

    @Test
    void different_shapes_look_different() {
        List<String> shapes = new ArrayList<>(ProductImages.SHAPES);
        Map<String, BufferedImage> images = new HashMap<>();
        for (String shape : shapes) {
            images.put(shape, ProductImages.render(product("1005000000000003", shape, "green"), 64));
        }
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                double difference = silhouetteDifference(images.get(shapes.get(i)), images.get(shapes.get(j)));
                assertThat(difference).as("%s vs %s", shapes.get(i), shapes.get(j)).isGreaterThan(0.04);
            }
        }
    }

    @Test
    void the_same_product_always_renders_the_same_pixels() {
        Product p = new CatalogGenerator(5).product(77);
        assertThat(pixels(ProductImages.render(p, 200))).isEqualTo(pixels(ProductImages.render(p, 200)));
        assertThat(ProductImages.png(p, 128)).isEqualTo(ProductImages.png(p, 128));
    }

    @Test
    void products_of_the_same_kind_and_colour_still_differ_a_little() {
        BufferedImage a = ProductImages.render(product("1005000000000010", "backpack", "navy"), 128);
        BufferedImage b = ProductImages.render(product("1005000000000011", "backpack", "navy"), 128);
        int[] pa = pixels(a);
        int[] pb = pixels(b);
        int differ = 0;
        for (int i = 0; i < pa.length; i++) {
            if (pa[i] != pb[i]) {
                differ++;
            }
        }
        assertThat(differ / (double) pa.length).isGreaterThan(0.02);
        assertThat(nearestColours(b).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo("navy");
    }

    @Test
    void imported_products_without_shape_or_known_colour_still_get_a_picture() {
        Product p = new Product("42", "Imported thing", "tools", List.of("khaki"), null, null, null, 5, 5, "EUR",
                0, 0, false, null, null, 0, null, null, null);
        BufferedImage image = ProductImages.render(p, 96);
        assertThat(nearestColours(image)).containsKey("gray");
        Product bare = new Product("43", "Bare", "tools", null, null, null, null, 5, 5, "EUR", 0, 0, false, null,
                null, 0, null, null, null);
        assertThat(ProductImages.png(bare, 64)).isNotEmpty();
    }

    @Test
    void renders_a_512_pixel_image_well_under_20_ms() {
        List<Product> products = new CatalogGenerator(11).products(400).toList();
        for (int i = 0; i < 200; i++) {
            ProductImages.render(products.get(i), 512);
        }
        long start = System.nanoTime();
        for (int i = 200; i < 400; i++) {
            ProductImages.render(products.get(i), 512);
        }
        double msPerImage = (System.nanoTime() - start) / 1e6 / 200;
        assertThat(msPerImage).isLessThan(20);
    }

    private static Product product(String id, String shape, String... colors) {
        return new Product(id, "test", "toys", List.of(colors), null, null, null, 1, 1, "USD", 5, 1, true, "1", "s",
                99, null, null, shape);
    }

    /** For each non-background pixel, the catalog colour it is nearest to (plain RGB distance), counted. */
    private static Map<String, Integer> nearestColours(BufferedImage image) {
        int background = image.getRGB(1, 1);
        Map<String, Integer> counts = new HashMap<>();
        for (int rgb : pixels(image)) {
            if (distance(rgb, background) <= BACKGROUND) {
                continue;
            }
            String best = null;
            double bestDistance = Double.MAX_VALUE;
            for (Map.Entry<String, Integer> c : Taxonomy.COLORS.entrySet()) {
                double d = distance(rgb, c.getValue());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c.getKey();
                }
            }
            counts.merge(best, 1, Integer::sum);
        }
        return counts;
    }

    /** The share of pixels that are object in one picture and background in the other. */
    private static double silhouetteDifference(BufferedImage a, BufferedImage b) {
        int[] pa = pixels(a);
        int[] pb = pixels(b);
        int bgA = a.getRGB(1, 1);
        int bgB = b.getRGB(1, 1);
        int differ = 0;
        for (int i = 0; i < pa.length; i++) {
            if ((distance(pa[i], bgA) > BACKGROUND) != (distance(pb[i], bgB) > BACKGROUND)) {
                differ++;
            }
        }
        return differ / (double) pa.length;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
        int dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
        int db = (a & 0xff) - (b & 0xff);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
