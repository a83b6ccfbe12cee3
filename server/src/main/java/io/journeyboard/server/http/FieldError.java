package io.journeyboard.server.http;

/** One invalid field of a request: a path into the document ({@code stages[2].name}) and what is wrong. */
public record FieldError(String path, String message) {}
