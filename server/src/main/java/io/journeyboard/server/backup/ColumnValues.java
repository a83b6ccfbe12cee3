package io.journeyboard.server.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * How one column's value is written into a backup and read back: numbers and booleans as JSON, times
 * as ISO-8601 with their offset, bytes as Base64, everything else as text. The one place that knows it.
 */
final class ColumnValues {

    private ColumnValues() {}

    static void write(JsonGenerator json, ResultSet rows, int index, StoreTables.Column column, Base64.Encoder base64)
            throws SQLException, IOException {
        switch (column.sqlType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = rows.getLong(index);
                if (rows.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(index);
                if (rows.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeString(value.toString());
                }
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] value = rows.getBytes(index);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeString(base64.encodeToString(value));
                }
            }
            default -> {
                String value = rows.getString(index);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeString(value);
                }
            }
        }
    }

    /** Sets parameter {@code index} from a backup's value for this column. */
    static void bind(PreparedStatement insert, int index, StoreTables.Column column, JsonNode value)
            throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, column.sqlType());
            return;
        }
        switch (column.sqlType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setLong(index, value.asLong());
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value.asBoolean());
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP ->
                insert.setObject(index, OffsetDateTime.parse(value.asText()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                insert.setBytes(index, Base64.getDecoder().decode(value.asText()));
            default -> insert.setString(index, value.asText());
        }
    }
}
