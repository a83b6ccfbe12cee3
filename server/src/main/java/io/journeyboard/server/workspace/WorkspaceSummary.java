package io.journeyboard.server.workspace;

/** A workspace as listed to one of its members, with that member's role. */
public record WorkspaceSummary(String id, String name, String description, Role role) {}
