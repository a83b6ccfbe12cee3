package io.journeyboard.render;

/** Thrown when a picture stops being drawn because nobody waits for it any more (its client has gone). */
public final class RenderAbandonedException extends RuntimeException {

    public RenderAbandonedException() {
        super("the picture was no longer wanted, so drawing stopped");
    }
}
