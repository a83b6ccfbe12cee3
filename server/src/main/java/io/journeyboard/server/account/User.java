package io.journeyboard.server.account;

/** A person with an account; the password hash never leaves the store. */
public record User(long id, String email, String name) {}
