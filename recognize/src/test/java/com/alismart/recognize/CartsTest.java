package com.alismart.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import com.alismart.ext.recognize.Carts;
import com.alismart.ext.recognize.Money;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The amount of an AliExpress cart, read from its summary rows in the locales' words and formats. */
class CartsTest {
    private static final String CART = "https://www.aliexpress.com/p/shoppingcart/index.html";

    private static Money amount(String url, String body) {
        return Carts.amount(url, new JsoupPage(Jsoup.parse("<html lang=\"en\"><body>" + body + "</body></html>",
                url)));
    }

    /** A cart with two product rows (their own prices and a "Total" of their shop) around the summary box. */
    private static String cart(String summary) {
        return "<div class=\"cart-list\"><div class=\"cart-product-wrap-group-new\">"
                + "<a class=\"cart-product-name-title\""
                + " href=\"https://www.aliexpress.com/item/1005001111111111.html\">Boots</a>"
                + "<div class=\"cart-product-price\">US $25.10</div></div>"
                + "<div class=\"cart-product-wrap-group-new\"><div class=\"cart-product-price\">US $9.99</div></div>"
                + "</div><div class=\"cart-summary\">" + summary + "</div>";
    }

    @Test
    void the_subtotal_of_the_summary_box_is_the_carts_amount() {
        Money m = amount(CART, cart("<div class=\"cart-summary-item\"><span>Subtotal</span><span>US $35.09</span>"
                + "</div><div class=\"cart-summary-item\"><span>Shipping</span><span>US $2.00</span></div>"
                + "<div class=\"cart-summary-item\"><span>Total</span><span>US $37.09</span></div>"));
        assertThat(m.amount()).isEqualTo(35.09);
        assertThat(m.currency()).isEqualTo("USD");
    }

    @Test
    void without_a_subtotal_the_total_is_taken_and_a_count_of_items_is_no_amount() {
        Money m = amount(CART, cart("<div><b>Total (3 items):</b> <b>US $41.50</b></div>"));
        assertThat(m.amount()).isEqualTo(41.50);
        assertThat(amount(CART, cart("<div>Total (3)</div>"))).isNull();
    }

    @Test
    void locale_sites_words_and_formats() {
        assertThat(amount("https://de.aliexpress.com/p/shoppingcart/index.html",
                cart("<div><span>Zwischensumme</span><span>35,09 €</span></div>")).amount()).isEqualTo(35.09);
        Money rub = amount("https://aliexpress.ru/cart", cart("<div><span>Итого</span> <span>1 234,56 ₽</span></div>"));
        assertThat(rub.amount()).isEqualTo(1234.56);
        assertThat(rub.currency()).isEqualTo("RUB");
        Money brl = amount("https://pt.aliexpress.com/p/shoppingcart/index.html",
                cart("<div><span>Subtotal</span><span>R$ 1.234,56</span></div>"));
        assertThat(brl.amount()).isEqualTo(1234.56);
        assertThat(brl.currency()).isEqualTo("BRL");
    }

    @Test
    void nothing_selected_is_zero_and_a_cart_not_drawn_yet_has_no_amount() {
        assertThat(amount(CART, cart("<div><span>Subtotal</span><span>US $0.00</span></div>")).amount()).isZero();
        assertThat(amount(CART, "<div id=\"root\"></div><script>window.runParams = {};</script>")).isNull();
    }

    @Test
    void a_summary_box_renamed_still_has_its_total() {
        Money m = amount(CART, "<div class=\"order-total-box\"><span>Estimated total</span>"
                + "<span>US $12.00</span></div>");
        assertThat(m.amount()).isEqualTo(12.0);
    }

    @Test
    void other_pages_have_no_cart_amount() {
        String summary = cart("<div><span>Subtotal</span><span>US $35.09</span></div>");
        assertThat(amount("https://www.aliexpress.com/item/1005001111111111.html", summary)).isNull();
        assertThat(amount("https://www.amazon.com/gp/cart/view.html", summary)).isNull();
    }

    @Test
    void a_long_text_is_no_summary_row() {
        assertThat(amount(CART, cart("<div>Free returns on your total order when the subtotal reaches US $10.00 or"
                + " more, terms apply for every shop and every item in the cart</div>"))).isNull();
    }
}
