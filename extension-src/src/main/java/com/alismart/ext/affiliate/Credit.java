package com.alismart.ext.affiliate;

/** Who gets affiliate credit for a purchase on AliExpress right now, as the panel tells the shopper. */
public enum Credit {
    /** No recent affiliate click: a purchase credits no creator. */
    NOBODY("nobody"),
    /** Another creator's recent click, or a cookie we cannot read: theirs to keep, so we stand down. */
    OTHER("other"),
    /** Our own link, opened by the shopper: nothing more to do. */
    ALISMART("alismart");

    private final String key;

    Credit(String key) {
        this.key = key;
    }

    /** The name used in messages and i18n keys. */
    public String key() {
        return key;
    }
}
