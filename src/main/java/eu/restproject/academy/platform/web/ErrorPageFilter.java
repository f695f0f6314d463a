package eu.restproject.academy.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages render as a fresh GET. A refused form post is dispatched to its error page with the
 * post's method and parameters; Faces would then treat the error page as a postback of the refused
 * form (and PrimeFaces would refuse it again for its missing nonce), leaving the user a blank 500.
 */
@WebFilter(filterName = "ErrorPageFilter", urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getMethod() {
                        return "GET";
                    }

                    @Override
                    public String getParameter(String name) {
                        return null;
                    }

                    @Override
                    public Map<String, String[]> getParameterMap() {
                        return Map.of();
                    }

                    @Override
                    public Enumeration<String> getParameterNames() {
                        return Collections.emptyEnumeration();
                    }

                    @Override
                    public String[] getParameterValues(String name) {
                        return null;
                    }
                },
                response);
    }
}
