package eu.restproject.academy.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from, for the throttles: the connection's remote address. Behind a reverse
 * proxy that is the proxy's address, so every person would share one count; name the proxy in
 * {@code academy.trusted-proxies} and the address it appends to {@code X-Forwarded-For} counts
 * instead. The header is ignored from anyone else, since a client can write whatever it likes.
 */
@ApplicationScoped
public class SourceAddress {

    /** Comma-separated; read as one string, since Payara's config producer takes no optional lists. */
    @Inject
    @ConfigProperty(name = "academy.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> proxies;

    @PostConstruct
    void init() {
        proxies = trustedProxies.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Inject
    private HttpServletRequest request;

    /** The source of the request being served. */
    public String current() {
        return of(request);
    }

    private String of(HttpServletRequest from) {
        String remote = from.getRemoteAddr();
        String forwarded = from.getHeader("X-Forwarded-For");
        if (forwarded == null || !proxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? remote : last;
    }
}
