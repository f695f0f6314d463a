package eu.restproject.academy.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query parameter values for redirects. */
public final class Urls {

    private Urls() {}

    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
