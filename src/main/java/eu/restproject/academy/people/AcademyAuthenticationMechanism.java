package eu.restproject.academy.people;

import eu.restproject.academy.platform.security.BearerTokenCredential;
import eu.restproject.academy.platform.security.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a request is tied to an account. Pages: a sign-in through {@code SecurityContext.authenticate}
 * puts the account id in a fresh session; later requests reload the account by that id, so a role
 * removed by the admin counts at the next click, and a session signed in before the account's
 * sessions were ended ({@link Account#endSessions}, a password reset) is over at its next click. API:
 * only {@code Authorization: Bearer} tokens, except HTTP Basic for creating a token
 * ({@code POST /api/v1/tokens}); the session is never used there, which keeps the API out of reach of
 * cross-site requests.
 */
@ApplicationScoped
public class AcademyAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String CALLER_ATTRIBUTE = Caller.class.getName();
    static final String SESSION_ACCOUNT = "academy.accountId";
    /** The account's session generation at sign-in: the session ends once the account's moves on. */
    static final String SESSION_GENERATION = "academy.sessionGeneration";

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** The one API call that takes e-mail and password (HTTP Basic) instead of a token: it creates one. */
    static final String TOKEN_SIGN_IN = "/api/v1/tokens";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(TOKEN_SIGN_IN) && "POST".equals(request.getMethod()) && hasBasicCredentials(request)) {
            // The token resource checks the password itself (TokenSignIn), through the login throttle.
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return bearer(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        Object accountId = session == null ? null : session.getAttribute(SESSION_ACCOUNT);
        if (accountId instanceof Long id) {
            var account = accounts.find(id).filter(a -> a.getSessionGeneration() == generation(session));
            if (account.isPresent()) {
                return continueAs(request, response, context, account.get(), path);
            }
            // The account is gone, or its sessions were ended (a password reset) since this one signed in.
            session.invalidate();
        }
        if (context.isProtected()) {
            return redirect(response, context, LOGIN_PAGE + continueParameter(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in, so that an id planted before sign-in is worth nothing after it.
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_ACCOUNT, Long.valueOf(result.getCallerUniqueId()));
        accounts.find(Long.parseLong(result.getCallerUniqueId())).ifPresent(account -> {
            session.setAttribute(SESSION_GENERATION, account.getSessionGeneration());
            request.setAttribute(CALLER_ATTRIBUTE, Caller.of(account));
        });
        return context.notifyContainerAboutLogin(result);
    }

    /** The generation a session signed in under; 0 for one without (every account starts at 0). */
    private static long generation(HttpSession session) {
        return session.getAttribute(SESSION_GENERATION) instanceof Long generation ? generation : 0L;
    }

    private AuthenticationStatus continueAs(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            Account account,
            String path) {
        if (account.isMustChangePassword() && path.endsWith(".xhtml") && !path.equals(PASSWORD_PAGE)) {
            return redirect(response, context, PASSWORD_PAGE);
        }
        request.setAttribute(CALLER_ATTRIBUTE, Caller.of(account));
        return context.notifyContainerAboutLogin(
                new CallerPrincipal(account.getEmail()), AccountIdentityStore.groups(account));
    }

    private AuthenticationStatus bearer(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            CredentialValidationResult result = identityStores.validate(
                    new BearerTokenCredential(header.substring(7).strip()));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                accounts.find(Long.parseLong(result.getCallerUniqueId()))
                        .ifPresent(account -> request.setAttribute(CALLER_ATTRIBUTE, Caller.of(account)));
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, "The API token is unknown or has been revoked.");
        }
        return unauthorized(
                request,
                response,
                "This API needs a personal API token: send 'Authorization: Bearer <token>'. "
                        + "Create one on your profile page.");
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Written before any filter runs, so it sets the platform's headers itself. */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, String message) {
        try {
            SecurityHeaders.apply(request, response);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"REST Academy\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"error\":\"unauthorized\",\"message\":\"" + message.replace("\"", "'") + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 401 response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirect(
            HttpServletResponse response, HttpMessageContext context, String location) {
        try {
            SecurityHeaders.apply(context.getRequest(), response);
            response.sendRedirect(context.getRequest().getContextPath() + location);
        } catch (IOException e) {
            throw new IllegalStateException("Could not redirect to " + location, e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Brings the person back to the page they asked for, for GET requests only and only within this site. */
    private static String continueParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String target = request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /** A continue target is followed only when it is a path on this site, never another origin. */
    public static String safeContinue(String target) {
        if (target == null
                || !target.startsWith("/")
                || target.startsWith("//")
                || target.contains("\\")
                || target.chars().anyMatch(Character::isISOControl)
                || target.startsWith(LOGIN_PAGE)) {
            return "/index.xhtml";
        }
        return target;
    }
}
