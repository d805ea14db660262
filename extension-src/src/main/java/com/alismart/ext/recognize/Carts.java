package com.alismart.ext.recognize;

import com.alismart.ext.shop.Shop;
import com.alismart.ext.shop.ShopUrls;
import com.alismart.ext.shop.WebUrl;
import java.util.List;

/**
 * The amount an AliExpress shopping cart shows for the items it would check out: the subtotal of the summary box
 * (before shipping and the shop's own coupons), else its total. AliExpress draws the cart in the browser and renames
 * its classes now and then, so rows are found by what they say ("Subtotal US $12.34"), in the languages of its
 * locale sites, inside anything whose class names a summary or a total; never from a product row's price.
 */
public final class Carts {
    /** Where the summary rows are: the summary box first, then anything named for a total. */
    private static final String SUMMARY_ROWS = "[class*=\"summary\"] div, [class*=\"summary\"] li,"
            + " [class*=\"summary\"] p, [class*=\"Summary\"] div, [class*=\"Summary\"] li";
    private static final String TOTAL_ROWS = "[class*=\"total\"], [class*=\"Total\"], [class*=\"amount\"]";
    private static final int MAX_ROWS = 80;
    /** A summary row is a label and an amount; a longer text is a box of rows or a note, not one row. */
    private static final int MAX_ROW_TEXT = 90;

    // Lower case, as Recognizer.lower gives them. A subtotal label is checked before a total one: "Subtotal" holds
    // "total", and the sum of the items is what a coupon's minimum spend is measured on.
    private static final String[] SUBTOTAL_LABELS = {"subtotal", "sub-total", "sub total", "zwischensumme",
        "sous-total", "subtotale", "subtotaal", "suma częściowa", "ara toplam", "промежуточный итог", "товары на сумму",
        "小计", "小計", "소계", "المجموع الفرعي", "סכום ביניים", "tạm tính", "ยอดรวมย่อย"};
    private static final String[] TOTAL_LABELS = {"estimated total", "total", "gesamtsumme", "gesamt", "summe",
        "итого", "totale", "totaal", "razem", "łącznie", "toplam", "celkem", "összesen", "yhteensä", "totalt",
        "合计", "合計", "총액", "합계", "المجموع", "الإجمالي", "סה\"כ", "tổng", "รวม"};

    private Carts() {
    }

    /**
     * The amount the cart at {@code url} shows (0 when nothing is selected), or {@code null} when the page is no
     * AliExpress cart or shows no amount yet (it is still being drawn). Never throws.
     */
    public static Money amount(String url, Page page) {
        try {
            if (!ShopUrls.isAliExpressCart(url)) {
                return null;
            }
            String local = Recognizer.localCurrency(WebUrl.parse(url), Shop.ALIEXPRESS, page);
            Money found = best(page.all(SUMMARY_ROWS, MAX_ROWS), local);
            return found != null ? found : best(page.all(TOTAL_ROWS, MAX_ROWS), local);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first subtotal row's amount, else the first total row's. */
    private static Money best(List<Page.Node> rows, String local) {
        Money total = null;
        for (Page.Node row : rows) {
            String text = row.text(MAX_ROW_TEXT + 1);
            if (text == null || text.length() > MAX_ROW_TEXT) {
                continue;
            }
            Money subtotal = after(text, SUBTOTAL_LABELS, local);
            if (subtotal != null) {
                return subtotal;
            }
            if (total == null) {
                total = after(text, TOTAL_LABELS, local);
            }
        }
        return total;
    }

    /** The price after the first of {@code labels} that starts a word of {@code text}, or {@code null}. */
    private static Money after(String text, String[] labels, String local) {
        // Same length as the text, so a label's place in it is its place in the text.
        String lower = Recognizer.lower(text);
        for (String label : labels) {
            int at = lower.indexOf(label);
            while (at >= 0) {
                if (at == 0 || !Prices.isLetter(lower.charAt(at - 1))) {
                    Money m = Prices.parse(text.substring(at + label.length()), local);
                    // A bare number after the label is no amount: "Total (3)" counts items.
                    if (m != null && m.currency() != null) {
                        return m;
                    }
                    break;
                }
                at = lower.indexOf(label, at + 1);
            }
        }
        return null;
    }
}
