/**
 * The admin's privacy tools: everything Stapwijs holds about one worker as JSON and a PDF
 * summary, erasure that keeps team and company figures correct, retention of journal detail,
 * and the purpose/data/retention page for the works council and the DPIA.
 */
package nl.stapwijs.privacy;
