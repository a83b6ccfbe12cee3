package io.journeyboard.render;

import java.util.Locale;

/** The formats a journey can be exported to, with their media type and usual file extension. */
public enum ExportFormat {
    SVG("image/svg+xml", "svg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf"),
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    MERMAID("text/vnd.mermaid; charset=UTF-8", "mmd"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether this format is a picture of the map (and so also available for a persona). */
    public boolean isVisual() {
        return this == SVG || this == PNG || this == PDF;
    }

    /** The format named {@code name}, case-insensitively ({@code "pdf"}, {@code "XLSX"}). */
    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + name + "' is not an export format; use svg, png, pdf, csv, xlsx, mermaid or json", e);
        }
    }
}
