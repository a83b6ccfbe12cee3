package io.journeyboard.analytics.transitions;

import io.journeyboard.analytics.log.EventLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The directly-follows graph: for each pair of activities that follow each other directly inside a
 * case, how often, in how many cases, and the mean and median time between them; plus the activities
 * that start and end cases.
 */
public record TransitionGraph(List<Edge> edges, List<Endpoint> startActivities, List<Endpoint> endActivities) {

    /** One directly-follows edge; durations in seconds. */
    public record Edge(String from, String to, long count, long cases, double meanSeconds, double medianSeconds) {}

    /** An activity that starts (or ends) {@code cases} cases. */
    public record Endpoint(String activity, long cases) {}

    public long totalTransitions() {
        return edges.stream().mapToLong(Edge::count).sum();
    }

    /** Builds the graph in two passes over the log: counts, then durations grouped per edge for the medians. */
    public static TransitionGraph of(EventLog log) {
        int[] activity = log.activity();
        long[] time = log.timeMicros();
        int[] start = log.caseStart();
        EdgeIndex index = new EdgeIndex(log.activityCount());
        int[] edgeOf = new int[log.eventCount()];
        long[] starts = new long[log.activityCount()];
        long[] ends = new long[log.activityCount()];
        for (int c = 0; c < log.caseCount(); c++) {
            starts[activity[start[c]]]++;
            ends[activity[start[c + 1] - 1]]++;
            for (int e = start[c] + 1; e < start[c + 1]; e++) {
                edgeOf[e] = index.id(activity[e - 1], activity[e]);
            }
        }
        int n = index.size();
        long[] count = new long[n];
        long[] cases = new long[n];
        int[] lastCase = new int[n];
        Arrays.fill(lastCase, -1);
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = start[c] + 1; e < start[c + 1]; e++) {
                int edge = edgeOf[e];
                count[edge]++;
                if (lastCase[edge] != c) {
                    lastCase[edge] = c;
                    cases[edge]++;
                }
            }
        }
        // Durations grouped by edge (a counting sort), so each edge's median is a sort of its own slice.
        int[] offset = new int[n + 1];
        for (int edge = 0; edge < n; edge++) {
            offset[edge + 1] = offset[edge] + (int) count[edge];
        }
        long[] durations = new long[offset[n]];
        int[] fill = Arrays.copyOf(offset, n);
        for (int c = 0; c < log.caseCount(); c++) {
            for (int e = start[c] + 1; e < start[c + 1]; e++) {
                durations[fill[edgeOf[e]]++] = time[e] - time[e - 1];
            }
        }
        // Each edge's slice sorted in place (in parallel) gives its median without copying.
        IntStream.range(0, n).parallel().forEach(edge -> Arrays.sort(durations, offset[edge], offset[edge + 1]));
        List<Edge> edges = new ArrayList<>();
        for (int edge = 0; edge < n; edge++) {
            edges.add(edge(
                    log,
                    index.from(edge),
                    index.to(edge),
                    count[edge],
                    cases[edge],
                    durations,
                    offset[edge],
                    offset[edge + 1]));
        }
        return ranked(edges, endpoints(log, starts), endpoints(log, ends));
    }

    /**
     * The graph with its lists in report order: edges most frequent first, endpoints most cases first, then by name.
     */
    public static TransitionGraph ranked(List<Edge> edges, List<Endpoint> starts, List<Endpoint> ends) {
        List<Edge> sortedEdges = new ArrayList<>(edges);
        sortedEdges.sort(Comparator.comparingLong(Edge::count)
                .reversed()
                .thenComparing(Edge::from)
                .thenComparing(Edge::to));
        return new TransitionGraph(sortedEdges, byCases(starts), byCases(ends));
    }

    private static List<Endpoint> byCases(List<Endpoint> endpoints) {
        List<Endpoint> sorted = new ArrayList<>(endpoints);
        sorted.sort(Comparator.comparingLong(Endpoint::cases).reversed().thenComparing(Endpoint::activity));
        return sorted;
    }

    /** {@code durations[lo..hi)} is sorted; the median of an even count is the mean of the two middle values. */
    private static Edge edge(EventLog log, int from, int to, long count, long cases, long[] durations, int lo, int hi) {
        long sum = 0;
        for (int i = lo; i < hi; i++) {
            sum += durations[i];
        }
        int size = hi - lo;
        double median = (durations[lo + (size - 1) / 2] + durations[lo + size / 2]) / 2e6;
        return new Edge(log.activityNames()[from], log.activityNames()[to], count, cases, sum / 1e6 / count, median);
    }

    private static List<Endpoint> endpoints(EventLog log, long[] counts) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                endpoints.add(new Endpoint(log.activityNames()[i], counts[i]));
            }
        }
        return endpoints;
    }
}
