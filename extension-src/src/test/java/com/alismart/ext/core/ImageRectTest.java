package com.alismart.ext.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageRectTest {
    private static Map<String, Object> rect(double x, double y, double w, double h) {
        Map<String, Object> m = new HashMap<>();
        m.put("x", x);
        m.put("y", y);
        m.put("width", w);
        m.put("height", h);
        m.put("viewportWidth", 1280.0);
        m.put("viewportHeight", 900.0);
        m.put("dpr", 2.0);
        return m;
    }

    @Test
    void an_image_inside_the_viewport_is_cropped_at_device_pixels() throws BadMessage {
        ImageRect r = ImageRect.from(new MapFields(rect(100.5, 50, 300, 200)));
        assertThat(r.crop(2560, 1800)).containsExactly(201, 100, 600, 400);
    }

    @Test
    void the_part_outside_the_viewport_is_clipped_off() throws BadMessage {
        ImageRect r = ImageRect.from(new MapFields(rect(-100, 800, 400, 400)));
        assertThat(r.left()).isZero();
        assertThat(r.top()).isEqualTo(800);
        assertThat(r.width()).isEqualTo(300);
        assertThat(r.height()).isEqualTo(100);
        assertThat(r.crop(2560, 1800)).containsExactly(0, 1600, 600, 200);
    }

    @Test
    void the_scale_is_measured_on_the_capture_when_it_agrees_with_the_pixel_ratio() throws BadMessage {
        Map<String, Object> m = rect(0, 0, 640, 450);
        m.put("dpr", 1.5);
        // A capture 1.6 times the viewport (a zoom the page's devicePixelRatio rounded): trust the capture.
        assertThat(ImageRect.from(new MapFields(m)).crop(2048, 1440)).containsExactly(0, 0, 1024, 720);
        // A capture that disagrees wildly with the reported ratio: the page lied about its viewport.
        m.put("viewportWidth", 100.0);
        m.put("viewportHeight", 100.0);
        m.put("width", 90.0);
        m.put("height", 90.0);
        assertThat(ImageRect.from(new MapFields(m)).crop(2048, 1440)).containsExactly(0, 0, 135, 135);
    }

    @Test
    void crops_never_leave_the_capture() throws BadMessage {
        ImageRect r = ImageRect.from(new MapFields(rect(1200, 850, 500, 500)));
        int[] crop = r.crop(1000, 700); // smaller than the viewport said
        assertThat(crop[0] + crop[2]).isLessThanOrEqualTo(1000);
        assertThat(crop[1] + crop[3]).isLessThanOrEqualTo(700);
        assertThat(crop[2]).isPositive();
        assertThat(crop[3]).isPositive();
    }

    @Test
    void an_image_barely_on_screen_or_off_it_is_refused() {
        assertThatThrownBy(() -> ImageRect.from(new MapFields(rect(1270, 10, 300, 300))))
                .isInstanceOf(BadMessage.class).hasMessageContaining("on the screen");
        assertThatThrownBy(() -> ImageRect.from(new MapFields(rect(10, 2000, 300, 300))))
                .isInstanceOf(BadMessage.class);
    }

    @Test
    void hostile_numbers_are_refused() {
        for (String field : new String[] {"x", "y", "width", "height", "viewportWidth", "viewportHeight", "dpr"}) {
            for (Object bad : new Object[] {null, "12", Double.NaN, -1e300, 1e300}) {
                Map<String, Object> m = rect(10, 10, 300, 300);
                m.put(field, bad);
                assertThatThrownBy(() -> ImageRect.from(new MapFields(m))).as(field + "=" + bad)
                        .isInstanceOf(BadMessage.class);
            }
        }
        Map<String, Object> m = rect(10, 10, 300, 300);
        m.put("dpr", 0.0);
        assertThatThrownBy(() -> ImageRect.from(new MapFields(m))).isInstanceOf(BadMessage.class);
        m.put("dpr", 9.0);
        assertThatThrownBy(() -> ImageRect.from(new MapFields(m))).isInstanceOf(BadMessage.class);
        m.put("dpr", 1.0);
        m.put("width", 0.0);
        assertThatThrownBy(() -> ImageRect.from(new MapFields(m))).isInstanceOf(BadMessage.class);
    }
}
