package eu.restproject.academy.platform.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret from an {@code Authorization: Bearer} header. */
public record BearerTokenCredential(String token) implements Credential {}
