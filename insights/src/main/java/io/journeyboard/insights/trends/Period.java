package io.journeyboard.insights.trends;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.Locale;

/** How feedback dates are grouped: by ISO week for a span of up to ~two months, month up to two years, else quarter. */
public enum Period {
    WEEK,
    MONTH,
    QUARTER;

    /** The grouping that gives a readable number of periods for dates spanning {@code days}. */
    public static Period forSpan(long days) {
        if (days <= 62) {
            return WEEK;
        }
        return days <= 731 ? MONTH : QUARTER;
    }

    /** The period a date falls in, as a sortable key: {@code 2026-W07}, {@code 2026-03} or {@code 2026-Q1}. */
    public String of(LocalDate date) {
        return switch (this) {
            case WEEK ->
                String.format(
                        Locale.ROOT,
                        "%d-W%02d",
                        date.get(WeekFields.ISO.weekBasedYear()),
                        date.get(WeekFields.ISO.weekOfWeekBasedYear()));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
