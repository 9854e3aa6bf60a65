/**
 * Tables to take away: one table type, written as CSV (RFC 4180) or as an XLSX workbook (Apache POI).
 */
package nl.stapwijs.base.export;
