/**
 * The seven partner languages: the reader's language (session, request, view), the resource bundles
 * every user-facing text comes from, the pick of a text in the reader's language with English as
 * fallback, and numbers and dates as a reader of that language writes them. Depends on no feature.
 */
package eu.restproject.academy.platform.i18n;
