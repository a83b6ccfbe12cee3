/**
 * The domain model of a Journeyboard workspace: journeys, personas, evidence and opportunities as immutable records,
 * with their file format, Mermaid form, templates and validation in the sub-packages. This root package holds only
 * {@link io.journeyboard.model.Lists}, the one rule for list components (absent means empty, never mutable). The model
 * knows nothing of HTTP, SQL, drawing or the analytics engine; only {@code format} and {@code template} read JSON
 * (Jackson), and no record carries a framework annotation.
 */
package io.journeyboard.model;
