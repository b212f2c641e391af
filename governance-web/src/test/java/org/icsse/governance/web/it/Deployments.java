package org.icsse.governance.web.it;

import java.io.File;
import java.net.URI;
import java.net.URL;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every *IT: the WAR the build just made, exactly as it ships (its path comes from
 * the failsafe configuration), so that tests prove the real application rather than a hand-built one.
 */
public final class Deployments {

    /** The password the *IT runs give the bootstrap administrator ({@code governance.admin.password}). */
    public static final String ADMIN_PASSWORD = "it-bootstrap-secret-2026";
    /** The password of every demonstration account (demonstration mode is on in every *IT run). */
    public static final String DEMO_PASSWORD = "solidarity-2026";

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("governance.war", "target/governance.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The root of the server (where {@code /health} and {@code /openapi} live) for an application URL. */
    public static URI serverRoot(URL applicationUrl) {
        return URI.create(applicationUrl.getProtocol() + "://" + applicationUrl.getHost() + ":" + applicationUrl.getPort() + "/");
    }
}
