package io.journeyboard.model.evidence;

/**
 * One piece of data a card or persona stands on: a customer quote, a survey answer, an analytics
 * figure. Cards and personas refer to it by {@link #id()}, so every claim on a map can be traced.
 *
 * @param kind     where it comes from
 * @param source   the study, file, system or dashboard it was taken from
 * @param summary  the quote, answer or figure itself, as shown to readers
 * @param url      a link to the original, when there is one
 * @param recorded the day it was collected, ISO-8601 ({@code 2026-03-14}), when known
 */
public record Evidence(String id, EvidenceKind kind, String source, String summary, String url, String recorded) {}
