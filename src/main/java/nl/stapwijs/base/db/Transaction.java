package nl.stapwijs.base.db;

import org.jdbi.v3.core.Handle;

/**
 * One unit of work on the database. Services attach their repositories to it and never
 * see JDBI itself, so the SQL stays in the repositories.
 */
public final class Transaction {

    private final Handle handle;

    Transaction(Handle handle) {
        this.handle = handle;
    }

    public <T> T attach(Class<T> repository) {
        return handle.attach(repository);
    }
}
