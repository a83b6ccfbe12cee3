/**
 * A journey as a Mermaid {@code journey} diagram and back: {@link io.journeyboard.model.mermaid.MermaidWriter} writes
 * one, {@link io.journeyboard.model.mermaid.MermaidReader} reads one into a workspace with one journey, and
 * {@link io.journeyboard.model.mermaid.DroppedContent} lists as warnings what Mermaid cannot hold (returned with the
 * text in {@link io.journeyboard.model.mermaid.MermaidExport}). Mermaid knows only titles, sections, tasks, scores and
 * actor names, so {@code Ids} and {@code MermaidPersonas} make the ids and personas it lacks.
 */
package io.journeyboard.model.mermaid;
