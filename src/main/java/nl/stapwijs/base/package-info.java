/**
 * Only what two or more features use: the SQLite database with its single writer and
 * migrations, ids, the clock, translations, and the shared staff layout. Nothing here
 * knows about a particular feature's tables.
 */
package nl.stapwijs.base;
