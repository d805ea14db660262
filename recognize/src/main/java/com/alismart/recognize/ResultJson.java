package com.alismart.recognize;

import com.alismart.ext.recognize.Recognition;
import com.alismart.ext.shop.Shop;
import java.math.BigDecimal;

/** The command line's answer: one JSON object with kind, shop, id, title, price, currency and imageUrl. */
final class ResultJson {
    private ResultJson() {
    }

    static String of(Recognition r) {
        return of(r.kind(), r.shop(), r.id(), r.title(), r.price(), r.currency(), r.imageUrl());
    }

    static String of(String kind, Shop shop, String id, String title, double price, String currency,
            String imageUrl) {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "kind", kind).append(',');
        field(sb, "shop", shop == null ? null : shop.key()).append(',');
        field(sb, "id", id).append(',');
        field(sb, "title", title).append(',');
        sb.append("\"price\":").append(Double.isNaN(price) || Double.isInfinite(price) ? "null"
                : BigDecimal.valueOf(price).stripTrailingZeros().toPlainString()).append(',');
        field(sb, "currency", currency).append(',');
        field(sb, "imageUrl", imageUrl);
        return sb.append('}').toString();
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        sb.append('"').append(name).append("\":");
        if (value == null) {
            return sb.append("null");
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) ? i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f
                    || (Character.isSurrogate(c) && !pairedSurrogate)) {
                // Control characters, and lone surrogates that no UTF-8 output can carry, as escapes.
                sb.append("\\u");
                String hex = Integer.toHexString(c);
                for (int k = hex.length(); k < 4; k++) {
                    sb.append('0');
                }
                sb.append(hex);
            } else {
                sb.append(c);
            }
        }
        return sb.append('"');
    }
}
