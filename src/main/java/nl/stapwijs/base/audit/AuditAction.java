package nl.stapwijs.base.audit;

public enum AuditAction {
    READ, CHANGE, EXPORT, ERASE, GRANT
}
