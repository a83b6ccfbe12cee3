/**
 * Journeys in and out of the server: {@link io.journeyboard.server.transfer.TransferRoutes} lists templates, imports
 * Journeyboard files, templates and Mermaid diagrams ({@link io.journeyboard.server.transfer.WorkspaceImport}) and
 * exports journeys as JSON, Mermaid, SVG, PNG, PDF, CSV or XLSX and personas as pictures, through the render module. A
 * journey exported as JSON is a self-contained workspace with the personas and evidence it refers to
 * ({@code JourneyExport}). An import whose client has gone is rolled back instead of committed, and a picture export
 * whose client has gone stops being drawn ({@link io.journeyboard.server.http.ClientConnection}).
 */
package io.journeyboard.server.transfer;
