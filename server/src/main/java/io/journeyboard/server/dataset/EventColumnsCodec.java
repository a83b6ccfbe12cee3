package io.journeyboard.server.dataset;

import io.journeyboard.analytics.log.Categorical;
import io.journeyboard.analytics.log.EventLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * One batch of events as bytes, and back: the columns of an {@link EventLog} as they are held in
 * memory (dictionaries once, then one code per event; times as deltas inside a case), deflated.
 * Reading it back is a copy of arrays, no text is parsed. The layout starts with a magic number and
 * a version, so a later layout can still read the batches stored before it.
 */
final class EventColumnsCodec {

    private static final int MAGIC = 0x4a424556; // "JBEV"
    private static final int VERSION = 1;

    private EventColumnsCodec() {}

    static byte[] encode(EventLog log) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, log.eventCount() * 4));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeStrings(out, log.caseNames());
            writeInts(out, log.caseStart());
            writeStrings(out, log.activityNames());
            writeInts(out, log.activity());
            writeTimes(out, log.timeMicros(), log.caseStart());
            writeCategorical(out, log.channel());
            writeCategorical(out, log.stage());
            writeCategorical(out, log.resource());
            out.writeBoolean(log.score() != null);
            if (log.score() != null) {
                for (double score : log.score()) {
                    out.writeDouble(score);
                }
            }
            out.writeBoolean(log.text() != null);
            if (log.text() != null) {
                writeStrings(out, log.text());
            }
            out.writeInt(log.attributes().size());
            for (Categorical attribute : log.attributes().values()) {
                writeCategorical(out, attribute);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static EventLog decode(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(stored)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException("a stored batch does not start with the batch layout's magic number");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalStateException(
                        "a stored batch has layout " + version + "; this release reads " + VERSION);
            }
            String[] caseNames = readStrings(in);
            int[] caseStart = readInts(in);
            String[] activityNames = readStrings(in);
            int[] activity = readInts(in);
            long[] time = readTimes(in, caseStart);
            Categorical channel = readCategorical(in);
            Categorical stage = readCategorical(in);
            Categorical resource = readCategorical(in);
            double[] score = null;
            if (in.readBoolean()) {
                score = new double[activity.length];
                for (int i = 0; i < score.length; i++) {
                    score[i] = in.readDouble();
                }
            }
            String[] text = in.readBoolean() ? readStrings(in) : null;
            int attributeCount = in.readInt();
            Map<String, Categorical> attributes = new LinkedHashMap<>();
            for (int i = 0; i < attributeCount; i++) {
                Categorical attribute = readCategorical(in);
                attributes.put(attribute.name(), attribute);
            }
            return new EventLog(
                    caseNames,
                    caseStart,
                    activityNames,
                    activity,
                    time,
                    channel,
                    stage,
                    resource,
                    score,
                    text,
                    attributes);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored batch could not be read back", e);
        }
    }

    private static void writeStrings(DataOutputStream out, String[] values) throws IOException {
        out.writeInt(values.length);
        for (String value : values) {
            out.writeBoolean(value != null);
            if (value != null) {
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        }
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] values = new String[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            if (in.readBoolean()) {
                byte[] utf8 = new byte[in.readInt()];
                in.readFully(utf8);
                values[i] = new String(utf8, StandardCharsets.UTF_8);
            }
        }
        return values;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /** Times grow inside a case, so each is written as the step from the one before: small numbers deflate well. */
    private static void writeTimes(DataOutputStream out, long[] time, int[] caseStart) throws IOException {
        for (int c = 0; c + 1 < caseStart.length; c++) {
            long previous = 0;
            for (int e = caseStart[c]; e < caseStart[c + 1]; e++) {
                out.writeLong(time[e] - previous);
                previous = time[e];
            }
        }
    }

    private static long[] readTimes(DataInputStream in, int[] caseStart) throws IOException {
        long[] time = new long[caseStart[caseStart.length - 1]];
        for (int c = 0; c + 1 < caseStart.length; c++) {
            long previous = 0;
            for (int e = caseStart[c]; e < caseStart[c + 1]; e++) {
                time[e] = previous + in.readLong();
                previous = time[e];
            }
        }
        return time;
    }

    private static void writeCategorical(DataOutputStream out, Categorical column) throws IOException {
        out.writeBoolean(column != null);
        if (column != null) {
            out.writeUTF(column.name());
            writeStrings(out, column.values());
            writeInts(out, column.codes());
        }
    }

    private static Categorical readCategorical(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String name = in.readUTF();
        return new Categorical(name, readStrings(in), readInts(in));
    }
}
