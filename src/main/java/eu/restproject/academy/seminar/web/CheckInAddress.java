package eu.restproject.academy.seminar.web;

import eu.restproject.academy.platform.web.Urls;

/** The address a check-in QR code carries: the participant's check-in page with the session and its current code. */
public final class CheckInAddress {

    public static final String PAGE = "/seminars/check-in.xhtml";

    private CheckInAddress() {}

    public static String path(long sessionId, String code) {
        return PAGE + "?session=" + sessionId + "&code=" + Urls.encode(code);
    }
}
