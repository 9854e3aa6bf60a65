/**
 * Coaching: each worker's development log (goals in plain language, dated notes with tags and a
 * visibility, reviews on the company's cycle, Participatieladder snapshots, placements), skill
 * and support levels per task with their history, and weekly observations drawn from the
 * production journal that a coach accepts or dismisses, never applied by themselves. Scope is
 * decided here with the {@link nl.stapwijs.workforce.Viewer}; every read and change is audited.
 */
package nl.stapwijs.coaching;
