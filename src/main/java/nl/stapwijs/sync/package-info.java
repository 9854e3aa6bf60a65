/**
 * Station-to-hub replication. A station pushes its journal in seq order and keeps every event
 * until the hub holds it; the hub stores each event once and answers with the highest
 * contiguous seq. The station pulls master data (its site's workers, tasks, published
 * instructions, products) as versioned snapshots, copying those tables verbatim, and fetches
 * media once. Devices pair with a one-time code and authenticate every call with their token.
 */
package nl.stapwijs.sync;
