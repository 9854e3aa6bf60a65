package nl.stapwijs.workforce;

public record Team(long id, long siteId, String name) {
}
