/**
 * The demo workshop: a fictional sheltered-work company with three sites, twelve workers,
 * five tasks with translated instructions, products with barcodes and four weeks of
 * generated production history, made by code from a seed. Nothing here is used unless
 * {@code stapwijs.demo.enabled=true}; no other package depends on it.
 */
package nl.stapwijs.demo;
