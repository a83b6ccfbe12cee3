package io.journeyboard.model.workspace;

/**
 * How large a workspace may grow, in one place for every front (validation, the Mermaid reader,
 * the server's stores). Each bound keeps far above any real map and far below what would let a
 * small file make a great deal of work: a 689 KB Mermaid file once made 100,000 personas.
 */
public final class WorkspaceLimits {

    /** Personas one journey may name; each is a curve on its emotion lane and a chip on its map. */
    public static final int PERSONAS_PER_JOURNEY = 50;

    /** Personas a workspace may hold. */
    public static final int PERSONAS_PER_WORKSPACE = 500;

    /** Actors one task of a Mermaid journey may name (each is an emotion point). */
    public static final int ACTORS_PER_MERMAID_TASK = 20;

    private WorkspaceLimits() {}
}
