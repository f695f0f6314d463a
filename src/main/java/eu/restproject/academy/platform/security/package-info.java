/**
 * Protection that every request passes through: security headers, cross-site request checks, the
 * session cookie, random codes and tokens (one generator), throttles against guessing and
 * the source address they count by, and the rate-limited log of expected refusals. Depends on no
 * feature and on neither door's package.
 */
package eu.restproject.academy.platform.security;
