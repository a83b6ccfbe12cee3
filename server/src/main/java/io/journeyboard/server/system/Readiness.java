package io.journeyboard.server.system;

/**
 * Whether the server can do its work: ready only once the schema is migrated and a first start's
 * demo account exists (so a load balancer never routes a sign-in that would fail), and no longer
 * once a stop has begun (so traffic drains to other nodes first).
 */
public final class Readiness {

    /** Where the server is in its life. */
    public enum Stage {
        STARTING,
        READY,
        STOPPING
    }

    private volatile Stage stage = Stage.STARTING;

    public Stage stage() {
        return stage;
    }

    public void ready() {
        stage = Stage.READY;
    }

    public void stopping() {
        stage = Stage.STOPPING;
    }
}
