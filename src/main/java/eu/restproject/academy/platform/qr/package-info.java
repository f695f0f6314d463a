/**
 * QR codes for pages (SVG) and for PDFs (a module matrix), used by check-in screens, sign-in sheets
 * and certificates. Depends on no feature.
 */
package eu.restproject.academy.platform.qr;
