package com.alismart.ext.affiliate;

import com.alismart.ext.shop.Ascii;
import com.alismart.ext.shop.WebUrl;

/**
 * The affiliate rules, in one place (Chrome Web Store policy and promise 6 of our privacy policy): a link is ours to
 * apply only when the shopper acts on something we showed them, affiliate links are on in the settings, and no other
 * creator holds a recent click. Another creator's attribution is never overwritten: when in doubt, we stand down.
 */
public final class Attribution {
    /**
     * How long a click counts as recent. Deliberately long: standing down for a stale click costs us a commission,
     * overwriting a live one would take another creator's.
     */
    public static final double RECENT_MS = 30.0 * 24 * 3600 * 1000;

    private Attribution() {
    }

    /**
     * Who holds the credit, from the raw {@code aeu_cid} value ({@code null} when the browser has none) and the keys
     * of links that are ours.
     */
    public static Credit credit(String aeuCid, String[] ourKeys, double now) {
        if (aeuCid == null || aeuCid.isEmpty()) {
            return Credit.NOBODY;
        }
        AffiliateCookie cookie = AffiliateCookie.parse(aeuCid);
        if (cookie == null) {
            // Set, but not in a shape we know: somebody's attribution all the same.
            return Credit.OTHER;
        }
        // A click time in the future is a skewed clock: it still counts as recent.
        if (now - cookie.clickTime() > RECENT_MS) {
            return Credit.NOBODY;
        }
        if (ourKeys != null) {
            for (String key : ourKeys) {
                if (key != null && key.equals(cookie.affiliateKey())) {
                    return Credit.ALISMART;
                }
            }
        }
        return Credit.OTHER;
    }

    /**
     * Whether the shopper's action may go through our affiliate link: only with affiliate links on, only after a
     * direct action of theirs, and only when nobody holds the credit (when we already do, the plain link is enough).
     */
    public static boolean mayApplyLink(boolean affiliateLinksOn, boolean userActed, boolean standingDown,
            Credit credit) {
        return affiliateLinksOn && userActed && !standingDown && credit == Credit.NOBODY;
    }

    /**
     * Whether a link carries an affiliate's attribution in its query: the parameters AliExpress's redirector adds
     * ({@code aff_fcid}, {@code aff_trace_key}, {@code aff_platform}, {@code sk}, {@code afSmartRedirect}). Such a link
     * is somebody's: it is followed as it is, never replaced by ours.
     */
    public static boolean linkCarriesAttribution(String url) {
        WebUrl parsed = WebUrl.parse(url);
        if (parsed == null) {
            return false;
        }
        for (String name : parsed.queryNames()) {
            String n = Ascii.lower(name);
            if (n.startsWith("aff_") || n.startsWith("aff%5f") || n.equals("sk") || n.equals("afsmartredirect")) {
                return true;
            }
        }
        return false;
    }

    /** Once another creator's click is seen, we stand down for the rest of the browser session. */
    public static boolean standsDown(boolean alreadyStandingDown, Credit credit) {
        return alreadyStandingDown || credit == Credit.OTHER;
    }
}
