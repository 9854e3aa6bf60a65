/**
 * Measured wage value (loonwaarde): norms per task and their versions, and a pure calculator
 * that turns a worker's journal for a period, the team roster and the norms into time
 * categories, tempo, quality, net working time and an indicative wage value per the uniform
 * method's shape, plus a planning estimate of the loonkostensubsidie. Every figure is an
 * indication for the assessor, never the legal loonwaarde; docs/wage-value.md says how it is
 * computed and why.
 */
package nl.stapwijs.wagevalue;
