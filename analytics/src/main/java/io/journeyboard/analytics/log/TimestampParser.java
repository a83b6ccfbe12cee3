package io.journeyboard.analytics.log;

import java.nio.charset.StandardCharsets;

/**
 * Parses timestamps from raw bytes without allocating, into microseconds since the epoch (UTC).
 * Accepted forms: ISO-8601 {@code yyyy-MM-dd[( |T)HH:mm[:ss[.f…]]][Z|±HH[:mm]]} (no offset means
 * UTC), a date alone, and epoch seconds (optionally fractional) or epoch milliseconds (an integer of
 * 12 or more digits). General {@code java.time} parsing is kept out because it dominates ingest time.
 */
public final class TimestampParser {

    /** Returned for text that is not a timestamp in one of the accepted forms. */
    public static final long INVALID = Long.MIN_VALUE;

    private TimestampParser() {}

    public static long parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return parse(bytes, 0, bytes.length);
    }

    /** Whether the text starts as an ISO-8601 date ({@code yyyy-MM-dd}) rather than an epoch number. */
    public static boolean isDate(byte[] b, int off, int len) {
        return len >= 10 && b[off + 4] == '-' && b[off + 7] == '-';
    }

    public static long parse(byte[] b, int off, int len) {
        if (isDate(b, off, len)) {
            return parseIso(b, off, len);
        }
        return parseEpoch(b, off, len);
    }

    private static long parseIso(byte[] b, int off, int len) {
        int end = off + len;
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return INVALID;
        }
        long seconds = daysFromCivil(year, month, day) * 86_400L;
        long micros = 0;
        int p = off + 10;
        if (p < end) {
            if ((b[p] != 'T' && b[p] != ' ') || p + 6 > end || b[p + 3] != ':') {
                return INVALID;
            }
            int hour = digits(b, p + 1, 2);
            int minute = digits(b, p + 4, 2);
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
                return INVALID;
            }
            seconds += hour * 3600L + minute * 60L;
            p += 6;
            if (p < end && b[p] == ':') {
                int second = p + 3 <= end ? digits(b, p + 1, 2) : -1;
                if (second < 0 || second > 59) {
                    return INVALID;
                }
                seconds += second;
                p += 3;
                if (p < end && (b[p] == '.' || b[p] == ',')) {
                    p++;
                    int scale = 100_000;
                    int start = p;
                    while (p < end && b[p] >= '0' && b[p] <= '9') {
                        micros += (b[p] - '0') * (long) scale;
                        scale /= 10;
                        p++;
                    }
                    if (p == start) {
                        return INVALID;
                    }
                }
            }
        }
        if (p < end) {
            int offsetSeconds = parseOffset(b, p, end);
            if (offsetSeconds == Integer.MIN_VALUE) {
                return INVALID;
            }
            seconds -= offsetSeconds;
        }
        return seconds * 1_000_000L + micros;
    }

    /** Seconds east of UTC for {@code Z}, {@code ±HH}, {@code ±HHmm} or {@code ±HH:mm}; MIN_VALUE if malformed. */
    private static int parseOffset(byte[] b, int p, int end) {
        int rest = end - p;
        if (rest == 1 && b[p] == 'Z') {
            return 0;
        }
        if (b[p] != '+' && b[p] != '-') {
            return Integer.MIN_VALUE;
        }
        int sign = b[p] == '-' ? -1 : 1;
        int hours = rest >= 3 ? digits(b, p + 1, 2) : -1;
        int minutes;
        if (rest == 3) {
            minutes = 0;
        } else if (rest == 5) {
            minutes = digits(b, p + 3, 2);
        } else if (rest == 6 && b[p + 3] == ':') {
            minutes = digits(b, p + 4, 2);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        return sign * (hours * 3600 + minutes * 60);
    }

    private static long parseEpoch(byte[] b, int off, int len) {
        int end = off + len;
        int p = off;
        long whole = 0;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            if (p - off >= 16) {
                return INVALID;
            }
            whole = whole * 10 + (b[p] - '0');
            p++;
        }
        int intDigits = p - off;
        if (intDigits == 0) {
            return INVALID;
        }
        if (p == end) {
            return intDigits >= 12 ? whole * 1_000L : whole * 1_000_000L;
        }
        if (b[p] != '.' || intDigits >= 12) {
            return INVALID;
        }
        p++;
        long micros = 0;
        int scale = 100_000;
        int start = p;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            micros += (b[p] - '0') * (long) scale;
            scale /= 10;
            p++;
        }
        return p == end && p > start ? whole * 1_000_000L + micros : INVALID;
    }

    private static int digits(byte[] b, int off, int count) {
        int value = 0;
        for (int i = off; i < off + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }
}
