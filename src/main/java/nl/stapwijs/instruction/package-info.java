/**
 * How work is done: tasks (work types) and their step-by-step instructions with a picture,
 * a pictogram and one short sentence per step, per language. An instruction is published
 * as an immutable version; the journal names the version a worker followed.
 */
package nl.stapwijs.instruction;
