package io.journeyboard.render.text;

/** A piece of a line drawn with one font face. */
public record TextRun(FontFace face, String text) {}
