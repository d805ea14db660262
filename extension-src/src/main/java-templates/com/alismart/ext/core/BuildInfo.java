package com.alismart.ext.core;

/** Facts the build writes in (see templating-maven-plugin in extension-src/pom.xml). */
public final class BuildInfo {
    public static final String VERSION = "${project.version}";
    public static final String DEFAULT_SERVER_URL = "${alismart.server.origin}";

    private BuildInfo() {
    }
}
