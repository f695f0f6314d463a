package eu.restproject.academy.people;

import jakarta.enterprise.context.RequestScoped;

/**
 * Remembers, for the rest of the request, that a sign-in gave the right password for an account that
 * must first confirm its address: the identity store can only answer "invalid", while the sign-in page
 * and the token API tell the owner what to do. Set only after the password was checked, so it tells a
 * stranger nothing about the address.
 */
@RequestScoped
public class UnconfirmedSignIn {

    private boolean happened;

    void record() {
        happened = true;
    }

    public boolean happened() {
        return happened;
    }
}
