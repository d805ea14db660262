package com.alismart.ext.affiliate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributionTest {
    private static final double CLICK = 1780700763697d;
    private static final String FOREIGN = "5856849ddcbb4dd9a90eda679e57ef37-1780700763697-04522-_c45d2J9R";
    private static final String OURS_KEY = "_dOurKey1";
    private static final String OURS = "0123456789abcdef0123456789ABCDEF-1780700763697-00001-" + OURS_KEY;
    private static final double HOUR = 3600 * 1000;

    @Test
    void parses_the_click_time_and_affiliate_key() {
        AffiliateCookie c = AffiliateCookie.parse(FOREIGN);
        assertThat(c).isNotNull();
        assertThat(c.clickTime()).isEqualTo(CLICK);
        assertThat(c.affiliateKey()).isEqualTo("_c45d2J9R");
    }

    @Test
    void parses_quoted_values_and_keys_with_dashes() {
        AffiliateCookie c = AffiliateCookie.parse("\"" + FOREIGN.replace("_c45d2J9R", "_c4-5d2") + "\"");
        assertThat(c).isNotNull();
        assertThat(c.affiliateKey()).isEqualTo("_c4-5d2");
    }

    @Test
    void refuses_values_of_another_shape() {
        assertThat(AffiliateCookie.parse(null)).isNull();
        assertThat(AffiliateCookie.parse("")).isNull();
        assertThat(AffiliateCookie.parse("abc")).isNull();
        assertThat(AffiliateCookie.parse(FOREIGN.replace("5856", "z856"))).isNull(); // not hex
        assertThat(AffiliateCookie.parse(FOREIGN.replace("-1780700763697-", "-178070076369-"))).isNull(); // 12 digits
        assertThat(AffiliateCookie.parse(FOREIGN.replace("-04522-", "-0452x-"))).isNull();
        assertThat(AffiliateCookie.parse(FOREIGN.replace("_c45d2J9R", ""))).isNull();
        assertThat(AffiliateCookie.parse(FOREIGN.replace("_c45d2J9R", "<script>"))).isNull();
        assertThat(AffiliateCookie.parse(FOREIGN + "x".repeat(600))).isNull();
    }

    @Test
    void no_cookie_means_nobody_holds_the_credit() {
        assertThat(Attribution.credit(null, new String[] {OURS_KEY}, CLICK)).isEqualTo(Credit.NOBODY);
        assertThat(Attribution.credit("", new String[] {OURS_KEY}, CLICK)).isEqualTo(Credit.NOBODY);
    }

    @Test
    void a_recent_foreign_click_is_another_creators() {
        assertThat(Attribution.credit(FOREIGN, new String[] {OURS_KEY}, CLICK + HOUR)).isEqualTo(Credit.OTHER);
        assertThat(Attribution.credit(FOREIGN, null, CLICK + 29 * 24 * HOUR)).isEqualTo(Credit.OTHER);
    }

    @Test
    void our_own_click_is_ours() {
        assertThat(Attribution.credit(OURS, new String[] {"other", OURS_KEY}, CLICK + HOUR))
                .isEqualTo(Credit.ALISMART);
    }

    @Test
    void an_old_click_credits_nobody() {
        assertThat(Attribution.credit(FOREIGN, null, CLICK + 31 * 24 * HOUR)).isEqualTo(Credit.NOBODY);
    }

    @Test
    void a_click_from_the_future_still_counts() {
        assertThat(Attribution.credit(FOREIGN, null, CLICK - 40 * 24 * HOUR)).isEqualTo(Credit.OTHER);
    }

    @Test
    void an_unreadable_cookie_is_treated_as_someone_elses() {
        assertThat(Attribution.credit("garbled-value", new String[] {OURS_KEY}, CLICK)).isEqualTo(Credit.OTHER);
    }

    @Test
    void a_link_is_applied_only_on_action_with_the_switch_on_and_nobody_credited() {
        assertThat(Attribution.mayApplyLink(true, true, false, Credit.NOBODY)).isTrue();
        assertThat(Attribution.mayApplyLink(false, true, false, Credit.NOBODY)).isFalse();
        assertThat(Attribution.mayApplyLink(true, false, false, Credit.NOBODY)).isFalse();
        assertThat(Attribution.mayApplyLink(true, true, true, Credit.NOBODY)).isFalse();
        assertThat(Attribution.mayApplyLink(true, true, false, Credit.OTHER)).isFalse();
        assertThat(Attribution.mayApplyLink(true, true, false, Credit.ALISMART)).isFalse();
    }

    @Test
    void a_foreign_click_makes_us_stand_down_for_the_session() {
        assertThat(Attribution.standsDown(false, Credit.OTHER)).isTrue();
        assertThat(Attribution.standsDown(true, Credit.NOBODY)).isTrue();
        assertThat(Attribution.standsDown(false, Credit.NOBODY)).isFalse();
        assertThat(Attribution.standsDown(false, Credit.ALISMART)).isFalse();
    }

    @Test
    void a_link_with_an_affiliates_parameters_is_somebodys() {
        String item = "https://www.aliexpress.com/item/1005001000000002.html";
        assertThat(Attribution.linkCarriesAttribution(item + "?aff_fcid=abc&aff_platform=portals-tool")).isTrue();
        assertThat(Attribution.linkCarriesAttribution(item + "?spm=a2g0o.cart.0.0&sk=_dXyz")).isTrue();
        assertThat(Attribution.linkCarriesAttribution(item + "?spm=x&AFF_TRACE_KEY=k")).isTrue();
        assertThat(Attribution.linkCarriesAttribution(item + "?afSmartRedirect=y")).isTrue();
        assertThat(Attribution.linkCarriesAttribution(item + "?aff%5Ffcid=abc")).isTrue();
        assertThat(Attribution.linkCarriesAttribution(item)).isFalse();
        assertThat(Attribution.linkCarriesAttribution(item + "?spm=a2g0o.cart.0.0&pdp_ext_f=cart")).isFalse();
        assertThat(Attribution.linkCarriesAttribution(item + "?skuId=12&task=sk")).isFalse();
        assertThat(Attribution.linkCarriesAttribution(item + "?spm=x#aff_fcid=1")).isFalse();
        assertThat(Attribution.linkCarriesAttribution(null)).isFalse();
    }
}
