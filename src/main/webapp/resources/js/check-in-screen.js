/*
 * The trainer's check-in screen: fetches the state every two seconds (code, QR code, count, whether
 * check-in is open), counts down to the next code each second, and toggles full screen. Every text
 * comes translated from the server; the countdown's pattern is in data-countdown ("{0}" = seconds).
 */
(function () {
    "use strict";
    var POLL_MS = 2000;

    function byId(id) {
        return document.getElementById(id);
    }

    function visible(id, shown) {
        byId(id).classList.toggle("is-hidden", !shown);
    }

    function start() {
        var screen = byId("screen");
        if (!screen) {
            return;
        }
        var nextChange = Number(screen.getAttribute("data-next-change"));
        var skew = 0;
        var bar = byId("countdown-bar");

        function tick() {
            var seconds = Math.max(0, Math.ceil((nextChange - (Date.now() + skew)) / 1000));
            byId("countdown-text").textContent = screen.getAttribute("data-countdown").replace("{0}", seconds);
            if (bar) {
                bar.value = seconds;
            }
        }

        function show(state) {
            visible("open-state", state.open);
            visible("not-open-state", state.notYetOpen);
            visible("closed-state", state.closed);
            byId("count").textContent = state.count;
            skew = state.now - Date.now();
            nextChange = state.nextChange;
            if (state.open && byId("short-code").textContent !== state.code) {
                byId("short-code").textContent = state.code;
                byId("qr").innerHTML = state.qr;
            }
            tick();
        }

        function poll() {
            fetch(screen.getAttribute("data-state"), {credentials: "same-origin", headers: {"Accept": "application/json"}})
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }
                    return response.json();
                })
                .then(function (state) {
                    visible("offline", false);
                    show(state);
                })
                .catch(function () {
                    visible("offline", true);
                })
                .then(function () {
                    window.setTimeout(poll, POLL_MS);
                });
        }

        var toggle = byId("fullscreen");
        if (!document.fullscreenEnabled) {
            toggle.hidden = true;
        }
        toggle.addEventListener("click", function () {
            if (document.fullscreenElement) {
                document.exitFullscreen();
            } else {
                document.documentElement.requestFullscreen();
            }
        });
        document.addEventListener("fullscreenchange", function () {
            toggle.textContent = toggle.getAttribute(document.fullscreenElement ? "data-exit" : "data-enter");
        });

        tick();
        window.setInterval(tick, 1000);
        window.setTimeout(poll, POLL_MS);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
