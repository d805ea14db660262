package com.alismart.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alismart.server.http.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogTemplatesTest {
    private final CatalogTemplates bundled = CatalogTemplates.bundled();

    @Test
    void the_bundled_table_covers_every_category_with_several_types() {
        assertThat(bundled.problems()).isEmpty();
        Set<String> ids = bundled.categories().stream().map(CatalogTemplates.CategoryTemplate::id)
                .collect(Collectors.toSet());
        assertThat(ids).hasSize(Taxonomy.CATEGORIES.size());
        for (CatalogTemplates.CategoryTemplate c : bundled.categories()) {
            assertThat(c.types()).as(c.id()).hasSizeGreaterThanOrEqualTo(3);
            for (CatalogTemplates.ProductType t : c.types()) {
                assertThat(t.nouns()).as(t.name()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(t.features()).as(t.name()).hasSizeGreaterThanOrEqualTo(5);
                assertThat(t.price().get(1)).as(t.name()).isLessThan(500.0);
            }
        }
    }

    @Test
    void uses_a_few_dozen_shapes() {
        Set<String> shapes = bundled.categories().stream().flatMap(c -> c.types().stream())
                .map(CatalogTemplates.ProductType::shape).collect(Collectors.toSet());
        assertThat(shapes).hasSizeBetween(25, 45);
    }

    @Test
    void a_colour_or_gender_word_in_a_free_pool_is_reported() {
        ObjectNode tree = Json.MAPPER.valueToTree(bundled);
        ObjectNode shoes = (ObjectNode) tree.withArray("categories").get(6);
        assertThat(shoes.get("id").asText()).isEqualTo("shoes");
        ArrayNode features = ((ObjectNode) shoes.withArray("types").get(0)).withArray("features");
        features.add("Red Sole");
        features.add("For Ladies");
        CatalogTemplates broken = Json.MAPPER.convertValue(tree, CatalogTemplates.class);
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).contains("Red Sole").contains("red"))
                .anySatisfy(p -> assertThat(p).contains("For Ladies").contains("women"));
    }

    @Test
    void a_material_name_must_name_its_material_only() {
        ObjectNode tree = Json.MAPPER.valueToTree(bundled);
        tree.withObject("materialNames").put("aluminum", "Aluminum Alloy");
        CatalogTemplates broken = Json.MAPPER.convertValue(tree, CatalogTemplates.class);
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).contains("Aluminum Alloy"));
    }

    @Test
    void a_misspelt_field_or_a_missing_category_fails_loudly() {
        String typo = "{\"categories\": [{\"id\": \"dresses\", \"wieght\": 2}]}";
        assertThatThrownBy(() -> CatalogTemplates.read(stream(typo))).hasMessageContaining("wieght");
        String partial = "{\"storeGroups\": {\"g\": {\"slots\": 1, \"names\": [\"{Brand} Store\"]}},"
                + " \"brandStarts\": [\"Vo\"], \"brandEnds\": [\"ra\"], \"categories\": []}";
        assertThatThrownBy(() -> CatalogTemplates.read(stream(partial)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("category dresses has no templates");
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
