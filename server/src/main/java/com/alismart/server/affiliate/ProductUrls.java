package com.alismart.server.affiliate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises AliExpress product URLs ({@code /item/<id>.html}, older {@code /item/<slug>/<id>.html}, {@code /i/<id>})
 * on the hosts that serve them: {@code www.}, {@code m.} and the two-letter locale hosts of aliexpress.com, and
 * aliexpress.us and aliexpress.ru with their {@code www.}/{@code m.} hosts. Ids are 11-16 digits. Everything else is
 * refused with a reason: other sites, look-alike hosts, redirectors whose target is not in the URL, pages that are
 * not a product, and links that already carry another affiliate's attribution.
 */
public final class ProductUrls {
    private static final Pattern PATH = Pattern.compile("/(?:item/(?:[^/]{1,300}/)?|i/)([0-9]{11,16})(?:\\.html?)?/?");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}");

    private ProductUrls() {
    }

    /** A product: its id and the URL with nothing but the host and the product path. */
    public record Product(String id, String cleanUrl) {
    }

    /** Either a product or the reason it is not one ({@code code} as in our error bodies). */
    public record Parsed(Product product, String code, String message) {
        static Parsed refused(String code, String message) {
            return new Parsed(null, code, message);
        }
    }

    public static Parsed parse(String url) {
        if (url == null || url.isBlank()) {
            return Parsed.refused("not_a_url", "the URL is empty");
        }
        // Query and fragment are dropped from the clean URL; real ones often hold characters java.net.URI refuses
        // (|, spaces, raw JSON), so only the part before them must parse.
        String trimmed = url.trim();
        int cut = indexOfAny(trimmed, '?', '#');
        String query = null;
        if (cut >= 0 && trimmed.charAt(cut) == '?') {
            int hash = trimmed.indexOf('#', cut);
            query = trimmed.substring(cut + 1, hash < 0 ? trimmed.length() : hash);
        }
        URI uri;
        try {
            uri = new URI(cut < 0 ? trimmed : trimmed.substring(0, cut));
        } catch (URISyntaxException e) {
            return Parsed.refused("not_a_url", "this is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Parsed.refused("not_a_url", "only http(s) URLs are product URLs");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        // A user-info or port part is how look-alike links hide their real destination.
        if (uri.getRawUserInfo() != null || (uri.getPort() != -1 && uri.getPort() != 80 && uri.getPort() != 443)) {
            return Parsed.refused("not_aliexpress", "only AliExpress product URLs are accepted");
        }
        String site = site(host);
        if (site == null) {
            if (host.equals("a.aliexpress.com") || host.equals("s.click.aliexpress.com")
                    || host.equals("click.aliexpress.com")) {
                return Parsed.refused("short_link", "this is a redirect link: open it and send the product page URL");
            }
            return Parsed.refused("not_aliexpress", "only AliExpress product URLs are accepted");
        }
        if (query != null && otherAffiliate(query)) {
            return Parsed.refused("other_affiliate", "this link already carries an affiliate's attribution");
        }
        Matcher m = PATH.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (!m.matches()) {
            return Parsed.refused("not_a_product", "this AliExpress page is not a product page");
        }
        String id = m.group(1);
        return new Parsed(new Product(id, "https://" + site + "/item/" + id + ".html"), null, null);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** The host the clean URL uses, or null when this host does not serve AliExpress product pages. */
    static String site(String host) {
        for (String domain : new String[] {"aliexpress.com", "aliexpress.us", "aliexpress.ru"}) {
            if (host.equals(domain)) {
                return domain.equals("aliexpress.ru") ? domain : "www." + domain;
            }
            if (host.endsWith("." + domain)) {
                String label = host.substring(0, host.length() - domain.length() - 1);
                boolean known = label.equals("www") || label.equals("m")
                        || (domain.equals("aliexpress.com") && LOCALE.matcher(label).matches());
                return known ? host : null;
            }
        }
        return null;
    }

    /** Attribution that AliExpress's affiliate redirector adds: {@code aff_fcid}, {@code aff_trace_key}, {@code sk}… */
    private static boolean otherAffiliate(String query) {
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("aff_") || name.equals("sk") || name.equals("afsmartredirect")) {
                return true;
            }
        }
        return false;
    }
}
