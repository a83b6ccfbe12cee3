package io.journeyboard.bench.insights;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.journeyboard.insights.FeedbackAnalysis;
import io.journeyboard.insights.InsightOptions;
import io.journeyboard.insights.embedding.MiniLmEmbedder;
import io.journeyboard.insights.feedback.FeedbackItem;
import io.journeyboard.insights.sentiment.SentimentAnalyser;
import io.journeyboard.insights.themes.ThemeClustering;
import io.journeyboard.insights.themes.ThemeFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times the feedback analysis of 10,000 items made from the yelp sentences, phase by phase
 * (embeddings, sentiment, themes: the work {@code FeedbackAnalysis} does without a map), and compares
 * the embedding step side by side with the peer it replaces (langchain4j's own in-process model, one
 * text per ONNX run) and with the same texts embedded one ONNX run each, which shows what batching
 * by length gains and how far it moves the vectors.
 *
 * <p>Usage: {@code InsightsBenchmark [YELP_FILE] [ITEMS] [PEER_ITEMS] [PAIR_SHARE]}; defaults
 * {@code data/yelp_labelled.txt 10000 1000 0}: items of one sentence each; a pair share of
 * 0.4 makes 40 % of the items two sentences long, which roughly doubles their embedding cost. The
 * CPU time printed tells what the run would take on idle cores when other work shares the machine.
 */
public final class InsightsBenchmark {

    private static final long SEED = 7;

    private InsightsBenchmark() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
        Path yelp = Path.of(args.length > 0 ? args[0] : "data/yelp_labelled.txt");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int peerCount = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        double pairShare = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        List<FeedbackItem> items = SyntheticFeedback.from(yelp, count, pairShare, SEED);
        double meanChars =
                items.stream().mapToInt(i -> i.text().length()).average().orElse(0);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "%d feedback items from %s (seed %d, mean %.0f characters), %d cores, Java %s%n",
                items.size(),
                yelp,
                SEED,
                meanChars,
                cores,
                Runtime.version());
        String loadBefore = loadAverage();

        InsightOptions options = InsightOptions.DEFAULT;
        long loadStart = System.nanoTime();
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            SentimentAnalyser sentiment = new SentimentAnalyser(options.sentiment(), embedder);
            ThemeFinder themes = new ThemeFinder(
                    new ThemeClustering(options.seed(), options.minThemes(), options.maxThemes()),
                    options.keywords(),
                    options.quotes());
            double load = seconds(loadStart);
            // warm-up: a small analysis so the timings below are not the JIT compiler's
            new FeedbackAnalysis(embedder, options).analyse(items.subList(0, 300), done -> {});

            List<String> texts = items.stream().map(FeedbackItem::text).toList();
            long cpuBefore = cpuNanos();
            long start = System.nanoTime();
            float[][] vectors = embedder.embed(texts, done -> {});
            double embedding = seconds(start);
            long sentimentStart = System.nanoTime();
            double[] scores = new double[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                scores[i] = sentiment.score(texts.get(i), vectors[i]).score();
            }
            double scoring = seconds(sentimentStart);
            long themesStart = System.nanoTime();
            int themeCount = themes.find(items.stream().map(FeedbackItem::id).toList(), texts, vectors, scores)
                    .size();
            double clustering = seconds(themesStart);
            double total = seconds(start);
            double cpu = (cpuNanos() - cpuBefore) / 1e9;

            System.out.printf(Locale.ROOT, "model load              %6.2f s%n", load);
            System.out.printf(Locale.ROOT, "embeddings              %6.2f s%n", embedding);
            System.out.printf(Locale.ROOT, "sentiment               %6.2f s%n", scoring);
            System.out.printf(Locale.ROOT, "themes                  %6.2f s  (%d themes)%n", clustering, themeCount);
            System.out.printf(
                    Locale.ROOT,
                    "analysis of %d items %6.2f s  = %.0f items/s%n",
                    items.size(),
                    total,
                    items.size() / total);
            System.out.printf(
                    Locale.ROOT,
                    "CPU time %.1f s over %.1f s: %.2f of %d cores busy on average (%.1f s on %d idle cores);"
                            + " load average before/after %s / %s%n",
                    cpu,
                    total,
                    cpu / total,
                    cores,
                    cpu / cores,
                    cores,
                    loadBefore,
                    loadAverage());

            List<String> peerTexts = texts.subList(0, Math.min(peerCount, texts.size()));
            long ours = System.nanoTime();
            embedder.embed(peerTexts, done -> {});
            double oursSeconds = seconds(ours);
            double peerSeconds = peer(peerTexts, cores);
            System.out.printf(
                    Locale.ROOT,
                    "embedding %d texts: journeyboard %.0f texts/s, langchain4j embedAll %.0f texts/s (%.1fx)%n",
                    peerTexts.size(),
                    peerTexts.size() / oursSeconds,
                    peerTexts.size() / peerSeconds,
                    peerSeconds / oursSeconds);

            // the gain of batching: all the texts again, one ONNX run each, as the embedder ran before
            long aloneStart = System.nanoTime();
            float[][] alone = oneRunEach(embedder, texts, cores);
            double aloneSeconds = seconds(aloneStart);
            double[] cosines = new double[texts.size()];
            for (int i = 0; i < cosines.length; i++) {
                for (int d = 0; d < embedder.dimension(); d++) {
                    cosines[i] += vectors[i][d] * alone[i][d];
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "the same %d texts one ONNX run each: %.2f s = %.0f texts/s; batched by length (above) %.2fx that;"
                            + " vectors batched vs alone: mean cosine %.4f, min %.4f%n",
                    texts.size(),
                    aloneSeconds,
                    texts.size() / aloneSeconds,
                    aloneSeconds / embedding,
                    Arrays.stream(cosines).average().orElse(0),
                    Arrays.stream(cosines).min().orElse(0));
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    /** The 1-minute load average, which shows when other work on the machine competes for the cores. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Each text embedded alone (a batch of one, as the embedder ran before batching), from one caller per core. */
    private static float[][] oneRunEach(MiniLmEmbedder embedder, List<String> texts, int cores) {
        ExecutorService callers = Executors.newFixedThreadPool(cores);
        try {
            List<Future<float[]>> vectors = texts.stream()
                    .map(text -> callers.submit(() -> embedder.embed(text)))
                    .toList();
            float[][] result = new float[texts.size()][];
            for (int i = 0; i < result.length; i++) {
                result[i] = vectors.get(i).get();
            }
            return result;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("embedding texts one by one failed", e);
        } finally {
            callers.shutdownNow();
        }
    }

    /** The peer on the same texts, with one worker per core as langchain4j sets up by default. */
    private static double peer(List<String> texts, int cores) {
        ExecutorService executor = Executors.newFixedThreadPool(cores);
        try {
            AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
            List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
            model.embedAll(segments.subList(0, Math.min(50, segments.size())));
            long start = System.nanoTime();
            model.embedAll(segments);
            return seconds(start);
        } finally {
            executor.shutdownNow();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
