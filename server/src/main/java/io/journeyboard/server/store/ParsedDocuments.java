package io.journeyboard.server.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyboard.server.http.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stored JSON documents most recently read or written, parsed, by their text. Every journey write reads the
 * current journey and the workspace's personas and evidence to validate against, and parsing their JSON was
 * much of a write's cost; the same text always reads as the same immutable record, so it is parsed once.
 * Keyed by the text itself, not by an id and version, so a restored backup can never be answered from a
 * document it replaced.
 */
public final class ParsedDocuments<T> {

    private final ObjectMapper mapper;
    private final Class<T> type;
    private final Map<String, T> byText;

    /** {@code type} must be immutable: one parsed value is handed to every reader of the same text. */
    public ParsedDocuments(ObjectMapper mapper, Class<T> type, int kept) {
        this.mapper = mapper;
        this.type = type;
        this.byText = new LinkedHashMap<>(kept * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > kept;
            }
        };
    }

    public T read(String json) {
        synchronized (byText) {
            T known = byText.get(json);
            if (known != null) {
                return known;
            }
        }
        T parsed = Json.readStored(mapper, json, type);
        remember(json, parsed);
        return parsed;
    }

    /** A document just written as {@code json}: the next read of it needs no parsing. */
    public void remember(String json, T value) {
        synchronized (byText) {
            byText.put(json, value);
        }
    }
}
