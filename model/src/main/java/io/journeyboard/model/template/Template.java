package io.journeyboard.model.template;

/** A ready-made journey that a user starts from: its short name (for the command line), a title and what it shows. */
public record Template(String name, String title, String description) {}
