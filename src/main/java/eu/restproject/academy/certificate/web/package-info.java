/**
 * The certificate download for a participant (or their coordinator) and the public verification
 * page. Beans call {@code Certificates}; they use no {@code api} class and no {@code
 * EntityManager}.
 */
package eu.restproject.academy.certificate.web;
