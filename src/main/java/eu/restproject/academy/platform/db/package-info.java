/**
 * The one data source and the Flyway migrations that run on it before anything else starts, the
 * embedded database's folder rights and the JPA converters shared by all entities. It is the one
 * place outside the features' own packages that may touch the database at start-up; it depends on
 * no feature.
 */
package eu.restproject.academy.platform.db;
