package com.alismart.e2e;

import com.alismart.server.App;
import com.alismart.server.Config;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Everything a browser test needs, started together: the built extension (a copy of dist/extension with a fixed
 * key, so its id is known), the AliSmart server on a free port with a fresh data folder, the shop fixture server
 * under the shops' host names, and headless Chromium driven by ChromeDriver, with a DevTools connection beside it.
 */
final class ExtensionBrowser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("alismart.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("alismart.chromedriver", "/usr/bin/chromedriver");

    final Path workDir;
    final Path dataDir;
    final String extensionId;
    final App server;
    final FixtureServer fixtures;
    /** Between the extension and the server: every request the server received, whole. */
    final RecordingProxy proxy;
    final ChromeDriver driver;
    final Cdp cdp;
    /** DevTools sessions attached to each service worker this run has seen. */
    final List<String> workerSessions = new ArrayList<>();
    private final Map<String, String> workerSessionByTarget = new java.util.HashMap<>();

    ExtensionBrowser() throws Exception {
        this(new String[0]);
    }

    /** With more Chromium flags, such as {@code --force-device-scale-factor=2}. */
    ExtensionBrowser(String... extraArguments) throws Exception {
        this(java.util.function.UnaryOperator.identity(), extraArguments);
    }

    /** With the server's test configuration changed by {@code server}, e.g. an affiliate tracking id. */
    ExtensionBrowser(java.util.function.UnaryOperator<Config> serverConfig, String... extraArguments)
            throws Exception {
        workDir = Files.createTempDirectory("alismart-e2e");
        dataDir = Files.createDirectories(workDir.resolve("data"));
        Path extension = workDir.resolve("extension");
        extensionId = copyWithKey(builtExtension(), extension);
        server = App.start(serverConfig.apply(Config.forTests(dataDir)));
        if (!server.awaitCatalog(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the server's test catalog did not load");
        }
        fixtures = new FixtureServer(workDir);
        proxy = new RecordingProxy(server.port());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--ignore-certificate-errors",
                "--user-data-dir=" + workDir.resolve("profile"),
                "--load-extension=" + extension, "--disable-extensions-except=" + extension,
                "--disable-features=DisableLoadExtensionCommandLineSwitch",
                "--host-resolver-rules=" + fixtures.hostResolverRules());
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        @SuppressWarnings("unchecked")
        Map<String, Object> chromeInfo = (Map<String, Object>) driver.getCapabilities()
                .getCapability("goog:chromeOptions");
        cdp = Cdp.connect(String.valueOf(chromeInfo.get("debuggerAddress")));
        setForeignAffiliateCookie();
    }

    /** The server's origin as the extension should use it: through the recording proxy. */
    String serverUrl() {
        return "http://localhost:" + proxy.port();
    }

    /**
     * A foreign affiliate's aeu_cid cookie on the AliExpress hosts, from a click an hour ago, set before any page
     * loads, whose value (and the affiliate key in it) no request to our server may ever carry (promise 3).
     */
    static final String FOREIGN_AEU_CID = "5856849ddcbb4dd9a90eda679e57ef37-"
            + (System.currentTimeMillis() - 3_600_000) + "-04522-_cLeakMark7";

    /**
     * Sets {@link #FOREIGN_AEU_CID} on .aliexpress.com through DevTools, as the affiliate redirector would. Every
     * browser test runs with it; a test of our own links removes it first.
     */
    void setForeignAffiliateCookie() throws Exception {
        cdp.send("Storage.setCookies", Map.of("cookies", List.of(Map.of("name", "aeu_cid",
                "value", FOREIGN_AEU_CID, "domain", ".aliexpress.com", "path", "/", "secure", true,
                "expires", (double) (System.currentTimeMillis() / 1000 + 86_400)))));
    }

    /** No request the server received contained the cookie value or its affiliate key. */
    void assertNoCookieValueReachedTheServer() {
        String leak = cookieLeak(proxy.requests());
        if (leak != null) {
            throw new AssertionError("a request to the server carried the aeu_cid cookie: " + leak);
        }
    }

    /** The first line of the first request that carries the cookie's value, key or name; null when none does. */
    static String cookieLeak(List<String> requests) {
        for (String request : requests) {
            if (request.contains(FOREIGN_AEU_CID) || request.contains("_cLeakMark7")
                    || request.toLowerCase(java.util.Locale.ROOT).contains("aeu_cid")) {
                return request.lines().findFirst().orElse("");
            }
        }
        return null;
    }

    /** Waits for the worker's first set-up, then sets the extension's server to this run's server. */
    void pointExtensionAtServer() {
        driver.get(extensionUrl("popup.html"));
        async("""
                const serverUrl = arguments[0];
                const ready = () => chrome.storage.local.get(['settings', 'clientId']).then(s =>
                    s.settings && s.clientId ? s : new Promise(r => setTimeout(r, 100)).then(ready));
                ready().then(({settings}) => chrome.storage.local.set({settings: {...settings, serverUrl}}))
                    .then(() => done(true));
                """, serverUrl());
    }

    String extensionUrl(String page) {
        return "chrome-extension://" + extensionId + "/" + page;
    }

    /** Waits for the worker to run, attaches to it, and returns its target id. */
    String attachToWorker() throws Exception {
        String[] target = new String[1];
        cdp.waitFor(Duration.ofSeconds(15), () -> (target[0] = cdp.serviceWorkerTarget(extensionId)) != null);
        workerSessions.add(cdp.attachAndListen(target[0]));
        return target[0];
    }

    /**
     * Waits for the Image Search results tab the extension opened, closes it and returns its URL, for the test to
     * load in the driven tab (ChromeDriver does not list tabs an extension opens). Closing it also brings the shop's
     * tab, its opener, back to the front.
     */
    String awaitResultsTab() throws Exception {
        String[] opened = new String[2];
        cdp.waitFor(Duration.ofSeconds(20), () -> {
            for (var target : cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
                if (target.get("type").asText().equals("page")
                        && target.get("url").asText().startsWith(extensionUrl("results.html#job="))) {
                    opened[0] = target.get("url").asText();
                    opened[1] = target.get("targetId").asText();
                    return true;
                }
            }
            return false;
        });
        cdp.send("Target.closeTarget", Map.of("targetId", opened[1]));
        return opened[0];
    }

    /**
     * Presses the extension's toolbar button on the tab showing {@code pageUrl}, as a shopper would, and closes the
     * popup it opens. Like a click on our context menu, the press grants activeTab for that tab; menus cannot be
     * clicked headless, the toolbar button can, through DevTools.
     */
    void pressToolbarButton(String pageUrl) throws Exception {
        String tab = null;
        for (var t : cdp.send("Target.getTargets", Map.of("filter", List.of(Map.of()))).get("targetInfos")) {
            if (t.get("type").asText().equals("tab") && t.get("url").asText().equals(pageUrl)) {
                tab = t.get("targetId").asText();
            }
        }
        if (tab == null) {
            throw new AssertionError("no tab shows " + pageUrl);
        }
        cdp.send("Extensions.triggerAction", Map.of("id", extensionId, "targetId", tab));
        String[] popup = new String[1];
        cdp.waitFor(Duration.ofSeconds(5), () -> {
            for (var t : cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
                if (t.get("url").asText().equals(extensionUrl("popup.html"))) {
                    popup[0] = t.get("targetId").asText();
                }
            }
            return popup[0] != null;
        });
        cdp.send("Target.closeTarget", Map.of("targetId", popup[0]));
    }

    /** Evaluates an expression in the extension's service worker, awaiting a promise, and returns its value. */
    com.fasterxml.jackson.databind.JsonNode inWorker(String expression) throws Exception {
        String worker = cdp.serviceWorkerTarget(extensionId);
        String session = workerSessionByTarget.get(worker);
        if (session == null) {
            session = cdp.attachAndListen(worker);
            workerSessions.add(session);
            workerSessionByTarget.put(worker, session);
        }
        var evaluated = cdp.send(session, "Runtime.evaluate", Map.of("expression", expression,
                "awaitPromise", true, "returnByValue", true));
        if (evaluated.has("exceptionDetails")) {
            throw new AssertionError("worker: " + evaluated.get("exceptionDetails"));
        }
        return evaluated.get("result").get("value");
    }

    /**
     * Evaluates {@code expression} in the content script's own (isolated) world on the open page at {@code url},
     * found through DevTools, and returns its value.
     */
    com.fasterxml.jackson.databind.JsonNode inContentScript(String url, String expression) throws Exception {
        String page = null;
        for (var target : cdp.send("Target.getTargets", Map.of()).get("targetInfos")) {
            if (target.get("type").asText().equals("page") && target.get("url").asText().equals(url)) {
                page = target.get("targetId").asText();
            }
        }
        if (page == null) {
            throw new AssertionError("no page shows " + url);
        }
        String session = cdp.attachAndListen(page);
        try {
            // The content script's world announces itself on Runtime.enable, with the extension's origin.
            String origin = "chrome-extension://" + extensionId;
            int[] context = new int[1];
            cdp.waitFor(Duration.ofSeconds(30), () -> {
                for (var e : cdp.events(session, "Runtime.executionContextCreated")) {
                    var c = e.get("params").get("context");
                    if (c.get("origin").asText().startsWith(origin)
                            && "isolated".equals(c.path("auxData").path("type").asText())) {
                        context[0] = c.get("id").asInt();
                        return true;
                    }
                }
                return false;
            });
            var result = cdp.send(session, "Runtime.evaluate", Map.of("contextId", context[0],
                    "returnByValue", true, "awaitPromise", true, "expression", expression));
            if (result.has("exceptionDetails")) {
                throw new AssertionError("content script: " + result.get("exceptionDetails"));
            }
            return result.get("result").get("value");
        } finally {
            cdp.send("Target.detachFromTarget", Map.of("sessionId", session));
        }
    }

    /**
     * Opens a shop page and waits until content.js has started on it (it starts when the page is idle): only then does
     * a pointer over a photo get the hover button, and a test that finds no button means something.
     */
    void openShopPage(String url) throws Exception {
        driver.get(url);
        inContentScript(url, "(async () => { const until = Date.now() + 15000;"
                + " while (typeof self.alismartStarted !== 'number') { if (Date.now() > until) {"
                + " throw new Error('content.js did not start'); } await new Promise(r => setTimeout(r, 20)); }"
                + " return true; })()");
    }

    /**
     * Evaluates {@code expression} in the content script's world once the worker has injected the page script
     * there (page.js, on product and cart pages, when the page is idle): {@code alismartPage} is then defined.
     */
    com.fasterxml.jackson.databind.JsonNode inPageScript(String url, String expression) throws Exception {
        return inContentScript(url, "(async () => { const until = Date.now() + 15000;"
                + " while (typeof alismartPage !== 'function') { if (Date.now() > until) {"
                + " throw new Error('page.js was not injected'); } await new Promise(r => setTimeout(r, 20)); }"
                + " return (" + expression + "); })()");
    }

    private static final ObjectMapper PANEL_JSON = new ObjectMapper();
    private String lastShadowType;

    /** "closed" or "open": the kind of the panel's shadow root the last {@link #inPanel} call found. */
    String panelShadowType() {
        return lastShadowType;
    }

    /**
     * Runs {@code body} (a function body returning a JSON-able value) with {@code this} the panel's closed shadow
     * root, found through DevTools; null when there is no panel.
     */
    com.fasterxml.jackson.databind.JsonNode inPanel(String body) throws Exception {
        var document = PANEL_JSON.valueToTree(driver.executeCdpCommand("DOM.getDocument",
                Map.of("depth", -1, "pierce", true)));
        var host = find(document.get("root"), "alismart-panel");
        if (host == null || !host.has("shadowRoots")) {
            return null;
        }
        var shadow = host.get("shadowRoots").get(0);
        lastShadowType = shadow.get("shadowRootType").asText();
        var resolved = PANEL_JSON.valueToTree(driver.executeCdpCommand("DOM.resolveNode",
                Map.of("backendNodeId", shadow.get("backendNodeId").asInt())));
        var result = PANEL_JSON.valueToTree(driver.executeCdpCommand("Runtime.callFunctionOn", Map.of(
                "objectId", resolved.get("object").get("objectId").asText(),
                "functionDeclaration", "function () { return JSON.stringify((() => {" + body + "})()); }",
                "returnByValue", true)));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("in the panel: " + result.get("exceptionDetails"));
        }
        return PANEL_JSON.readTree(result.get("result").get("value").asText());
    }

    private static com.fasterxml.jackson.databind.JsonNode find(com.fasterxml.jackson.databind.JsonNode node,
            String localName) {
        if (node == null) {
            return null;
        }
        if (localName.equals(node.path("localName").asText())) {
            return node;
        }
        for (String field : new String[] {"children", "shadowRoots"}) {
            for (var child : node.path(field)) {
                com.fasterxml.jackson.databind.JsonNode found = find(child, localName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every exception or console error the extension's workers reported while attached. */
    List<String> workerErrors() {
        return cdp.errors(workerSessions);
    }

    /** Runs an async script in the current page: the script gets a {@code done} callback as its last argument. */
    Object async(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + script, args);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** {@code chrome.storage.local.get(null)} as JSON; the current page must be an extension page. */
    String storageJson() {
        return (String) async("chrome.storage.local.get(null).then(v => done(JSON.stringify(v)));");
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("alismart.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    static Path builtExtension() {
        Path dir = Path.of(System.getProperty("alismart.extension.dir", "../dist/extension"));
        if (!Files.isRegularFile(dir.resolve("manifest.json")) || !Files.isRegularFile(dir.resolve("background.js"))) {
            throw new IllegalStateException("no built extension in " + dir.toAbsolutePath()
                    + ": build it first (mvn package)");
        }
        return dir;
    }

    /**
     * Copies the extension and writes a fresh public key into its manifest: Chrome derives the extension id from
     * that key (the first 32 hex digits of its SHA-256, written with the letters a-p).
     */
    static String copyWithKey(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] publicKey = generator.generateKeyPair().getPublic().getEncoded();
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(to.resolve("manifest.json").toFile());
        manifest.put("key", Base64.getEncoder().encodeToString(publicKey));
        json.writerWithDefaultPrettyPrinter().writeValue(to.resolve("manifest.json").toFile(), manifest);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            id.append((char) ('a' + ((digest[i] >> 4) & 0xf)));
            id.append((char) ('a' + (digest[i] & 0xf)));
        }
        return id.toString();
    }

    /** Also checks, for every browser test, that the cookie value never reached the server. */
    @Override
    public void close() throws Exception {
        try {
            assertNoCookieValueReachedTheServer();
            cdp.close();
        } finally {
            try {
                driver.quit();
            } finally {
                server.stop();
                proxy.close();
                fixtures.close();
                deleteTree(workDir);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
