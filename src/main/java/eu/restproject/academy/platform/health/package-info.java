/**
 * Health checks that Payara Micro serves at {@code /health}, so that an operator or orchestrator
 * sees a platform that cannot reach its database. Depends on no feature.
 */
package eu.restproject.academy.platform.health;
