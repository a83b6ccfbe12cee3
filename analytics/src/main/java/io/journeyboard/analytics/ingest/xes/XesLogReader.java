package io.journeyboard.analytics.ingest.xes;

import io.journeyboard.analytics.log.EventColumnsBuilder;
import io.journeyboard.analytics.log.LogColumnMapping;
import io.journeyboard.analytics.log.LogColumnRole;
import io.journeyboard.analytics.log.LogReadOptions;
import io.journeyboard.analytics.log.StringRow;
import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XES log with StAX. The case id is the trace's {@code concept:name}, the activity the
 * event's {@code concept:name}, the time {@code time:timestamp}, the resource {@code org:resource};
 * other roles and filter attributes name an attribute key, looked up on the event, then on its trace.
 * DTDs and external entities are refused, so entity-expansion attacks cannot run.
 */
public final class XesLogReader {

    private final LogReadOptions options;
    private final String file;

    public XesLogReader(LogReadOptions options, String file) {
        this.options = options;
        this.file = file;
    }

    public EventColumnsBuilder read(InputStream in) {
        Map<LogColumnRole, String> keys = new HashMap<>(Map.of(
                LogColumnRole.CASE,
                "concept:name",
                LogColumnRole.ACTIVITY,
                "concept:name",
                LogColumnRole.TIME,
                "time:timestamp",
                LogColumnRole.RESOURCE,
                "org:resource"));
        keys.putAll(options.mapping().given());
        List<String> names = new ArrayList<>();
        int[] fieldOfRole = new int[LogColumnRole.values().length];
        String[] nameOfRole = new String[fieldOfRole.length];
        for (LogColumnRole role : LogColumnRole.values()) {
            String key = keys.get(role);
            fieldOfRole[role.ordinal()] = key == null ? -1 : names.size();
            nameOfRole[role.ordinal()] = key;
            if (key != null) {
                names.add(key);
            }
        }
        List<String> attributes = options.mapping().attributes();
        int[] attributeFields = new int[attributes.size()];
        for (int i = 0; i < attributeFields.length; i++) {
            attributeFields[i] = names.size();
            names.add(attributes.get(i));
        }
        LogColumnMapping.ResolvedColumns columns =
                new LogColumnMapping.ResolvedColumns(fieldOfRole, nameOfRole, List.of(), attributes, attributeFields);
        EventColumnsBuilder builder = new EventColumnsBuilder(
                columns, file, options.onError(), options.limits().maxFieldBytes(), 1 << 16);
        try {
            XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
            try {
                stream(xml, names, builder);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new BadInputException(new InputProblem(
                    file,
                    Math.max(line, 0),
                    null,
                    null,
                    "not well-formed XES: " + firstLine(e.getMessage()),
                    "repair the XML (or export the log again)"));
        }
        return builder;
    }

    private void stream(XMLStreamReader xml, List<String> names, EventColumnsBuilder builder)
            throws XMLStreamException {
        Map<String, String> trace = new HashMap<>();
        Map<String, String> event = new HashMap<>();
        StringRow row = new StringRow(names.size());
        int depth = 0;
        int traceDepth = -1;
        int eventDepth = -1;
        int traces = 0;
        long eventLine = 0;
        while (xml.hasNext() && !builder.failed()) {
            int type = xml.next();
            if (type == XMLStreamConstants.DTD) {
                throw BadInputException.whole(
                        file,
                        "the XES declares a DTD; DTDs are refused for safety",
                        "remove the <!DOCTYPE> declaration");
            }
            if (type == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("trace") && traceDepth < 0) {
                    traceDepth = depth;
                    traces++;
                    trace.clear();
                } else if (name.equals("event") && traceDepth > 0 && eventDepth < 0) {
                    eventDepth = depth;
                    eventLine = xml.getLocation().getLineNumber();
                    event.clear();
                } else if (eventDepth > 0 && depth == eventDepth + 1) {
                    putAttribute(xml, event);
                } else if (traceDepth > 0 && eventDepth < 0 && depth == traceDepth + 1) {
                    putAttribute(xml, trace);
                }
            } else if (type == XMLStreamConstants.END_ELEMENT) {
                if (depth == eventDepth) {
                    eventDepth = -1;
                    row.clear();
                    for (int f = 0; f < names.size(); f++) {
                        String key = names.get(f);
                        boolean caseField = f == builder.columns.field(LogColumnRole.CASE);
                        String value = caseField ? trace.get(key) : event.getOrDefault(key, trace.get(key));
                        row.set(f, caseField && value == null ? "trace " + traces : value);
                    }
                    row.addTo(builder, eventLine);
                } else if (depth == traceDepth) {
                    traceDepth = -1;
                }
                depth--;
            }
        }
    }

    private static void putAttribute(XMLStreamReader xml, Map<String, String> into) {
        String key = xml.getAttributeValue(null, "key");
        String value = xml.getAttributeValue(null, "value");
        if (key != null && value != null) {
            into.put(key, value);
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable XML";
        }
        // The JDK parser's limits speak of its own properties ("jdk.xml.maxElementDepth"); say what they mean.
        if (message.contains("JAXP000")) {
            return "the XML goes past a safety limit of the reader (elements nested too deeply, "
                    + "or too many attributes or entities)";
        }
        String trimmed = message.strip();
        int newline = trimmed.lastIndexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(newline + 1);
    }
}
