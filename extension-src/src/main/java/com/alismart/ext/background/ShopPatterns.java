package com.alismart.ext.background;

/** The shops' page patterns, as in the manifest's content_scripts (the context menu shows on these pages). */
final class ShopPatterns {
    static final String[] PAGES = {
        "*://*.aliexpress.com/*", "*://*.aliexpress.us/*", "*://*.aliexpress.ru/*", "*://*.alibaba.com/*",
        "*://*.amazon.com/*", "*://*.amazon.ca/*", "*://*.amazon.com.mx/*", "*://*.amazon.com.br/*",
        "*://*.amazon.co.uk/*", "*://*.amazon.de/*", "*://*.amazon.fr/*", "*://*.amazon.it/*", "*://*.amazon.es/*",
        "*://*.amazon.nl/*", "*://*.amazon.se/*", "*://*.amazon.pl/*", "*://*.amazon.com.be/*",
        "*://*.amazon.com.tr/*", "*://*.amazon.ae/*", "*://*.amazon.sa/*", "*://*.amazon.eg/*", "*://*.amazon.in/*",
        "*://*.amazon.co.jp/*", "*://*.amazon.sg/*", "*://*.amazon.com.au/*", "*://*.ebay.com/*", "*://*.ebay.ca/*",
        "*://*.ebay.co.uk/*", "*://*.ebay.de/*", "*://*.ebay.fr/*", "*://*.ebay.it/*", "*://*.ebay.es/*",
        "*://*.ebay.nl/*", "*://*.ebay.at/*", "*://*.ebay.ch/*", "*://*.ebay.ie/*", "*://*.ebay.pl/*",
        "*://*.ebay.com.au/*", "*://*.temu.com/*", "*://*.shein.com/*", "*://*.shein.co.uk/*",
    };

    private ShopPatterns() {
    }
}
