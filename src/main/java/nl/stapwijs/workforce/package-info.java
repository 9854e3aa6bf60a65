/**
 * The people and places: sites, teams, stations and workers (badge, language, scheme,
 * contract hours). Personal fields are kept to what the shop floor needs; health and
 * diagnosis data do not belong in Stapwijs.
 */
package nl.stapwijs.workforce;
