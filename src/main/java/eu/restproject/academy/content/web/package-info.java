/**
 * The admin's module pages (versions, uploads, retiring, two versions compared) and the servlet
 * that serves a bundle's images and PDFs. Beans call the services of {@code content}; they use no
 * {@code api} class and no {@code EntityManager}.
 */
package eu.restproject.academy.content.web;
