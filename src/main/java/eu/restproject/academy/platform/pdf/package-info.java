/**
 * What every PDF of the platform shares: an embedded font that covers the letters of all partner
 * languages, QR codes drawn as vector modules, page numbers and the dates of the reader's language.
 * Depends on no feature.
 */
package eu.restproject.academy.platform.pdf;
