package io.journeyboard.server.workspace;

/** A user's membership of a workspace. */
public record Member(long userId, String email, String name, Role role) {}
