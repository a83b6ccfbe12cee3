package io.journeyboard.parquet;

import dev.hardwood.metadata.LogicalType;
import dev.hardwood.metadata.LogicalType.TimeUnit;
import dev.hardwood.reader.ColumnReader;
import dev.hardwood.reader.Validity;
import dev.hardwood.schema.ColumnSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One column of the current batch, written as text into a row: strings as their bytes, numbers in decimal,
 * timestamps as exact epoch seconds, dates as ISO dates. A null is an empty field, as in CSV.
 */
abstract class ColumnText {

    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588;

    private final Validity validity;

    private ColumnText(Validity validity) {
        this.validity = validity;
    }

    final void write(int row, int field, RowText out) {
        if (validity.hasNulls() && validity.isNull(row)) {
            out.empty(field);
        } else {
            value(row, field, out);
        }
    }

    abstract void value(int row, int field, RowText out);

    /** The text of {@code reader}'s current batch, by the column's physical and logical type. */
    static ColumnText of(ColumnSchema column, ColumnReader reader) {
        Validity validity = reader.getLeafValidity();
        LogicalType logical = column.logicalType();
        return switch (column.type()) {
            case BYTE_ARRAY ->
                logical instanceof LogicalType.DecimalType decimal
                        ? decimals(validity, reader, decimal.scale())
                        : binary(validity, reader.getBinaryValues(), reader.getBinaryOffsets());
            case FIXED_LEN_BYTE_ARRAY ->
                logical instanceof LogicalType.DecimalType decimal
                        ? decimals(validity, reader, decimal.scale())
                        : binary(validity, reader.getBinaryValues(), reader.getBinaryOffsets());
            case INT64 ->
                logical instanceof LogicalType.TimestampType time
                        ? times(validity, reader.getLongs(), time.unit())
                        : whole(validity, reader.getLongs(), scale(logical));
            case INT32 ->
                logical instanceof LogicalType.DateType
                        ? dates(validity, reader.getInts())
                        : whole(
                                validity,
                                Arrays.stream(reader.getInts()).asLongStream().toArray(),
                                scale(logical));
            case INT96 -> int96Times(validity, reader.getBinaryValues(), reader.getBinaryOffsets());
            case DOUBLE -> real(validity, reader.getDoubles());
            case FLOAT -> floats(validity, reader.getFloats());
            case BOOLEAN -> booleans(validity, reader.getBooleans());
        };
    }

    private static ColumnText binary(Validity validity, byte[] values, int[] offsets) {
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                out.bytes(field, values, offsets[row], offsets[row + 1] - offsets[row]);
            }
        };
    }

    /** Integers, or decimals stored as unscaled integers when {@code scale} is above 0. */
    private static ColumnText whole(Validity validity, long[] values, int scale) {
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                if (scale == 0) {
                    out.number(field, values[row]);
                } else {
                    out.text(field, BigDecimal.valueOf(values[row], scale).toPlainString());
                }
            }
        };
    }

    private static int scale(LogicalType logical) {
        return logical instanceof LogicalType.DecimalType decimal ? decimal.scale() : 0;
    }

    private static ColumnText times(Validity validity, long[] values, TimeUnit unit) {
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                long v = values[row];
                out.epochMicros(
                        field,
                        switch (unit) {
                            case MILLIS -> v * 1_000;
                            case MICROS -> v;
                            case NANOS -> Math.floorDiv(v, 1_000);
                        });
            }
        };
    }

    private static ColumnText dates(Validity validity, int[] days) {
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                out.text(field, LocalDate.ofEpochDay(days[row]).toString());
            }
        };
    }

    /** Legacy Spark and Impala timestamps: nanoseconds of the day, then the Julian day, little-endian. */
    private static ColumnText int96Times(Validity validity, byte[] values, int[] offsets) {
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                ByteBuffer b = ByteBuffer.wrap(values, offsets[row], 12).order(ByteOrder.LITTLE_ENDIAN);
                long nanosOfDay = b.getLong();
                long julianDay = b.getInt();
                out.epochMicros(field, (julianDay - JULIAN_DAY_OF_EPOCH) * MICROS_PER_DAY + nanosOfDay / 1_000);
            }
        };
    }

    private static ColumnText real(Validity validity, double[] values) {
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                double v = values[row];
                if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    out.number(field, (long) v);
                } else {
                    out.text(field, Double.toString(v));
                }
            }
        };
    }

    private static ColumnText booleans(Validity validity, boolean[] values) {
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                out.text(field, values[row] ? "true" : "false");
            }
        };
    }

    private static ColumnText decimals(Validity validity, ColumnReader reader, int scale) {
        byte[] values = reader.getBinaryValues();
        int[] offsets = reader.getBinaryOffsets();
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                byte[] unscaled = Arrays.copyOfRange(values, offsets[row], offsets[row + 1]);
                out.text(field, new BigDecimal(new BigInteger(unscaled), scale).toPlainString());
            }
        };
    }

    private static ColumnText floats(Validity validity, float[] values) {
        return new ColumnText(validity) {
            @Override
            void value(int row, int field, RowText out) {
                out.text(field, Float.toString(values[row]));
            }
        };
    }
}
