package eu.restproject.academy.seminar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address a check-in QR code carries: the participant's check-in page with the session and its
 * current code. Here, not in web, because the trainer's screen and the API's code endpoint both hand it out.
 */
public final class CheckInAddress {

    public static final String PAGE = "/seminars/check-in.xhtml";

    private CheckInAddress() {}

    public static String path(long sessionId, String code) {
        return PAGE + "?session=" + sessionId + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
