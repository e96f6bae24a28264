package ai.datafog.adapter.jdbc;

/**
 * On PostgreSQL, a {@code receipt_rules} row's foreign key to its receipt is checked when the row is
 * written and cascaded when the receipt is deleted, by queries planned once per connection and kept.
 * Planned while the month's partitions are small and analyzed (statistics: no rows, rather than never
 * measured, e.g. after an {@code ANALYZE} of the database while they were empty), they are sequential
 * scans, repeated for every row for the connection's life: writes and erasures slow down as the month
 * fills. Without sequential scans to choose from, the plans use the primary keys.
 */
final class ForeignKeyPlans {

    /** Run first in a transaction that writes or deletes rule rows; lasts until its end (pooled connections are shared). */
    static final String BY_INDEX = "SET LOCAL enable_seqscan = off";

    private ForeignKeyPlans() {
    }
}
