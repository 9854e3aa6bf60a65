package nl.stapwijs.workforce;

public record Site(long id, String code, String name) {
}
