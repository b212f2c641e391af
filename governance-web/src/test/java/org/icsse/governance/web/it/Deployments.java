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

    /**
     * The application plus a test class and the test libraries it uses inside the server (AssertJ and
     * its Byte Buddy), for in-container tests.
     */
    public static WebArchive applicationWith(Class<?>... testClasses) {
        WebArchive war = application().addClasses(testClasses).addClasses(Deployments.class, Fixtures.class);
        openTestRunner(war);
        for (Class<?> fromLibrary : new Class<?>[] {org.assertj.core.api.Assertions.class, net.bytebuddy.ByteBuddy.class}) {
            war.addAsLibrary(jarOf(fromLibrary));
        }
        return war;
    }

    /** Adds to a test deployment the jars that hold the given classes (a test library used inside the server). */
    public static WebArchive withLibrariesOf(WebArchive war, Class<?>... fromLibraries) {
        for (Class<?> fromLibrary : fromLibraries) {
            war.addAsLibrary(jarOf(fromLibrary));
        }
        return war;
    }

    /**
     * Every page of the application needs a login; Arquillian's test runner servlet must not. The
     * test deployment's web.xml names the runner among the public paths (the shipped one does not).
     */
    private static void openTestRunner(WebArchive war) {
        String webXml;
        try (java.io.InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String publicPath = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(publicPath)) {
            throw new IllegalStateException("web.xml no longer lists " + publicPath + " among the public paths");
        }
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(webXml.replace(publicPath,
                publicPath + "<url-pattern>/ArquillianServletRunner</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The root of the server (where {@code /health} and {@code /openapi} live) for an application URL. */
    public static URI serverRoot(URL applicationUrl) {
        return URI.create(applicationUrl.getProtocol() + "://" + applicationUrl.getHost() + ":" + applicationUrl.getPort() + "/");
    }
}
