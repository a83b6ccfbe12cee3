package io.journeyboard.server.evidence;

/**
 * One feedback item behind an evidence record: what a customer said and where it came from.
 *
 * @param itemId         the item's id in its file ({@code y12}, {@code line-7})
 * @param location       {@code file:line} (or {@code file:sheet!row}) of the item
 * @param recorded       the item's date, ISO-8601, when the file had one
 * @param representative whether it is one of the quotes chosen to stand for the theme (shown first)
 */
public record EvidenceItem(String itemId, String location, String text, String recorded, boolean representative) {}
