package io.journeyboard.model.journey;

/** One row of a map: its kind decides what it holds and how it is drawn; the title is what readers see. */
public record Lane(String id, LaneKind kind, String title) {}
