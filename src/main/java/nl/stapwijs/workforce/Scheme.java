package nl.stapwijs.workforce;

/** The arrangement a worker is employed under; reports aggregate by it. */
public enum Scheme {
    WSW, BESCHUT, LKS, OTHER
}
