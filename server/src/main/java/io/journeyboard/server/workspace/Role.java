package io.journeyboard.server.workspace;

import java.util.Locale;

/** What a member may do in a workspace; each role may do everything the roles before it may. */
public enum Role {
    VIEWER,
    COMMENTER,
    EDITOR,
    OWNER;

    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
