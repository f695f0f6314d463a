/**
 * Tabular exports shared by every feature: tables written as CSV (UTF-8 with a byte order mark) or
 * XLSX, with any text a spreadsheet would run as a formula neutralised. Depends on no feature.
 */
package eu.restproject.academy.platform.export;
