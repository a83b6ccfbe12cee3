package io.journeyboard.analytics.log;

import io.journeyboard.problems.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the rows of one input chunk into growing primitive columns, dictionary-encoding the
 * categorical fields. A row that fails validation is reported as a {@link InputProblem} and left out.
 * Not thread-safe: each parsing thread fills its own builder and {@link EventLogAssembler} merges them.
 */
public final class EventColumnsBuilder {

    public static final int MAX_REPORTED_PROBLEMS = 20;
    /** Epoch seconds of fewer digits are before March 1973: among dates, such a number is a row cut short. */
    static final int MIN_EPOCH_DIGITS_AMONG_DATES = 9;

    private static final LogColumnRole[] CATEGORICAL = {
        LogColumnRole.CHANNEL, LogColumnRole.STAGE, LogColumnRole.RESOURCE
    };

    public final LogColumnMapping.ResolvedColumns columns;
    private final String file;
    private final OnError onError;
    private final int maxFieldBytes;
    final ByteDictionary cases = new ByteDictionary();
    final ByteDictionary activities = new ByteDictionary();
    final ByteDictionary[] categorical = new ByteDictionary[CATEGORICAL.length];
    final ByteDictionary[] attributes;
    public int size;
    int[] caseCodes;
    int[] activityCodes;
    long[] times;
    int[][] categoricalCodes = new int[CATEGORICAL.length][];
    int[][] attributeCodes;
    double[] scores;
    String[] texts;
    public final List<InputProblem> problems = new ArrayList<>();
    public long badRows;
    /** Whether an earlier row's time was an ISO-8601 date. */
    private boolean sawDates;

    public EventColumnsBuilder(
            LogColumnMapping.ResolvedColumns columns,
            String file,
            OnError onError,
            int maxFieldBytes,
            int expectedRows) {
        this.columns = columns;
        this.file = file;
        this.onError = onError;
        this.maxFieldBytes = maxFieldBytes;
        int capacity = Math.max(16, expectedRows);
        caseCodes = new int[capacity];
        activityCodes = new int[capacity];
        times = new long[capacity];
        for (int i = 0; i < CATEGORICAL.length; i++) {
            if (columns.has(CATEGORICAL[i])) {
                categorical[i] = new ByteDictionary();
                categoricalCodes[i] = new int[capacity];
            }
        }
        attributes = new ByteDictionary[columns.attributes().size()];
        attributeCodes = new int[attributes.length][];
        for (int i = 0; i < attributes.length; i++) {
            attributes[i] = new ByteDictionary();
            attributeCodes[i] = new int[capacity];
        }
        scores = columns.has(LogColumnRole.SCORE) ? new double[capacity] : null;
        texts = columns.has(LogColumnRole.TEXT) ? new String[capacity] : null;
    }

    static LogColumnRole[] categoricalRoles() {
        return CATEGORICAL.clone();
    }

    /** True once a row failed under {@link OnError#FAIL}: the reader can stop, nothing will be produced. */
    public boolean failed() {
        return onError == OnError.FAIL && badRows > 0;
    }

    /**
     * Adds one row whose fields are {@code buf[starts[i]..ends[i])}; {@code line} is where the row
     * starts. Fields missing from a short row count as empty.
     */
    public void addRow(byte[] buf, int[] starts, int[] ends, int fieldCount, long line) {
        for (int f = 0; f < fieldCount; f++) {
            if (ends[f] - starts[f] > maxFieldBytes) {
                reject(
                        line,
                        columnName(f),
                        text(buf, starts[f], Math.min(ends[f], starts[f] + 80)),
                        "field is " + (ends[f] - starts[f]) + " bytes, over the limit of " + maxFieldBytes,
                        "shorten the field or raise the field limit");
                return;
            }
        }
        int caseField = columns.field(LogColumnRole.CASE);
        int activityField = columns.field(LogColumnRole.ACTIVITY);
        int timeField = columns.field(LogColumnRole.TIME);
        if (!present(caseField, starts, ends, fieldCount)) {
            reject(line, columns.name(LogColumnRole.CASE), "", "the case id is empty", "give every row a case id");
            return;
        }
        if (!present(activityField, starts, ends, fieldCount)) {
            reject(
                    line,
                    columns.name(LogColumnRole.ACTIVITY),
                    "",
                    "the activity is empty",
                    "give every row an activity");
            return;
        }
        long time = timeField < fieldCount
                ? TimestampParser.parse(buf, starts[timeField], ends[timeField] - starts[timeField])
                : TimestampParser.INVALID;
        if (time == TimestampParser.INVALID) {
            String value = timeField < fieldCount ? text(buf, starts[timeField], ends[timeField]) : "";
            reject(
                    line,
                    columns.name(LogColumnRole.TIME),
                    value,
                    "not a timestamp",
                    "use ISO-8601 such as 2024-03-01T09:30:00+01:00, or epoch seconds or milliseconds");
            return;
        }
        if (!sameTimeFormAsBefore(buf, starts[timeField], ends[timeField], line)) {
            return;
        }
        double score = Double.NaN;
        int scoreField = columns.field(LogColumnRole.SCORE);
        if (scoreField >= 0 && present(scoreField, starts, ends, fieldCount)) {
            String value = text(buf, starts[scoreField], ends[scoreField]).trim();
            try {
                score = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                score = Double.NaN;
            }
            if (!Double.isFinite(score)) {
                reject(
                        line,
                        columns.name(LogColumnRole.SCORE),
                        value,
                        "not a number",
                        "write scores as numbers, e.g. 4 or 8.5");
                return;
            }
        }
        ensureCapacity();
        caseCodes[size] = cases.intern(buf, starts[caseField], ends[caseField] - starts[caseField]);
        activityCodes[size] =
                activities.intern(buf, starts[activityField], ends[activityField] - starts[activityField]);
        times[size] = time;
        for (int i = 0; i < CATEGORICAL.length; i++) {
            if (categorical[i] != null) {
                categoricalCodes[i][size] =
                        code(categorical[i], columns.field(CATEGORICAL[i]), buf, starts, ends, fieldCount);
            }
        }
        for (int i = 0; i < attributes.length; i++) {
            attributeCodes[i][size] = code(attributes[i], columns.attributeFields()[i], buf, starts, ends, fieldCount);
        }
        if (scores != null) {
            scores[size] = score;
        }
        if (texts != null) {
            int f = columns.field(LogColumnRole.TEXT);
            texts[size] = present(f, starts, ends, fieldCount) ? text(buf, starts[f], ends[f]) : null;
        }
        size++;
    }

    /** Reports a problem that is not about one field, such as a row with too few fields. */
    /**
     * False, with the row refused, for a short number after rows dated ISO-8601: a row cut short
     * after its year reads "2026" as epoch seconds, a time in 1970. Epoch numbers alone, and real
     * epoch times among dates, stay times.
     */
    private boolean sameTimeFormAsBefore(byte[] buf, int start, int end, long line) {
        if (TimestampParser.isDate(buf, start, end - start)) {
            sawDates = true;
        } else if (sawDates && digitsBeforePoint(buf, start, end) < MIN_EPOCH_DIGITS_AMONG_DATES) {
            reject(
                    line,
                    columns.name(LogColumnRole.TIME),
                    text(buf, start, end),
                    "a short number among dates (a row cut short?)",
                    "give this row its full time like the rows before, such as 2024-03-01T09:30:00Z");
            return false;
        }
        return true;
    }

    private static int digitsBeforePoint(byte[] buf, int start, int end) {
        int p = start;
        while (p < end && buf[p] >= '0' && buf[p] <= '9') {
            p++;
        }
        return p - start;
    }

    public void reject(long line, String column, String value, String why, String fix) {
        badRows++;
        if (problems.size() < MAX_REPORTED_PROBLEMS) {
            problems.add(new InputProblem(file, line, column, value, why, fix));
        }
    }

    private static int code(
            ByteDictionary dictionary, int field, byte[] buf, int[] starts, int[] ends, int fieldCount) {
        return present(field, starts, ends, fieldCount)
                ? dictionary.intern(buf, starts[field], ends[field] - starts[field])
                : -1;
    }

    private static boolean present(int field, int[] starts, int[] ends, int fieldCount) {
        return field >= 0 && field < fieldCount && ends[field] > starts[field];
    }

    private String columnName(int field) {
        for (int i = 0; i < columns.fieldOfRole().length; i++) {
            if (columns.fieldOfRole()[i] == field) {
                return columns.nameOfRole()[i];
            }
        }
        return "field " + (field + 1);
    }

    private static String text(byte[] buf, int start, int end) {
        return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    private void ensureCapacity() {
        if (size < caseCodes.length) {
            return;
        }
        int capacity = caseCodes.length + (caseCodes.length >> 1) + 16;
        caseCodes = Arrays.copyOf(caseCodes, capacity);
        activityCodes = Arrays.copyOf(activityCodes, capacity);
        times = Arrays.copyOf(times, capacity);
        for (int i = 0; i < CATEGORICAL.length; i++) {
            if (categoricalCodes[i] != null) {
                categoricalCodes[i] = Arrays.copyOf(categoricalCodes[i], capacity);
            }
        }
        for (int i = 0; i < attributeCodes.length; i++) {
            attributeCodes[i] = Arrays.copyOf(attributeCodes[i], capacity);
        }
        if (scores != null) {
            scores = Arrays.copyOf(scores, capacity);
        }
        if (texts != null) {
            texts = Arrays.copyOf(texts, capacity);
        }
    }
}
