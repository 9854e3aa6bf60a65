/**
 * The production journal and what is made: every fact on the floor (a session, a unit,
 * a reject, a help call, a break, downtime, a refused scan) is an immutable event,
 * committed durably before anyone is told it counted. Products with their barcodes and
 * the live counts on the floor are projections of that journal.
 */
package nl.stapwijs.production;
