package eu.restproject.academy.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie flags: HttpOnly, and Secure unless {@code academy.secure-cookies} is false.
 * Browsers accept Secure cookies from http://localhost, so the default works for a local run too;
 * set it to false only behind a plain-HTTP address other than localhost. SameSite=Lax is set in
 * glassfish-web.xml, because Payara does not write the Servlet API's cookie attribute.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig(SessionCookieSetup.class.getClassLoader())
                .getOptionalValue("academy.secure-cookies", Boolean.class)
                .orElse(true);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("ACADEMY_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }
}
