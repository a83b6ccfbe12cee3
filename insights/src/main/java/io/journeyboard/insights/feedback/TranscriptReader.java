package io.journeyboard.insights.feedback;

import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text interview transcript: a line {@code Speaker: words} (optionally after a
 * {@code [00:01:02]} time stamp) starts a speaker turn, following lines continue it. Each turn is
 * split into sentences and each sentence of a customer becomes an item; turns of the interviewer
 * (speakers named in {@code interviewers}) are questions, not feedback, and are left out, as are
 * sentences of fewer than {@value #MIN_WORDS} words ("Yes.", "Right.") that carry no theme.
 */
final class TranscriptReader {

    private static final int MIN_WORDS = 3;
    private static final Pattern TURN =
            Pattern.compile("^\\s*(?:\\[[0-9:.]+]\\s*)?(\\p{L}[\\p{L}\\p{N} .'_-]{0,40}?)\\s*:\\s*(.*)$");

    /** Speaker names treated as the interviewer when the caller names none. */
    static final Set<String> DEFAULT_INTERVIEWERS =
            Set.of("interviewer", "moderator", "researcher", "facilitator", "q");

    private final ImportLimits limits;

    TranscriptReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code path}, calling it {@code file} in problems, item ids and locations. */
    List<FeedbackItem> read(Path path, String file, Set<String> interviewers) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw BadInputException.whole(file, "is not UTF-8 text", "save the transcript with UTF-8 encoding");
        }
        List<Turn> turns = turns(lines);
        List<FeedbackItem> items = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            if (turn.text.length() > limits.maxFieldChars()) {
                problems.add(new InputProblem(
                        file,
                        turn.line,
                        "turn of " + turn.speaker,
                        turn.text.toString(),
                        "is " + turn.text.length() + " characters long, more than " + limits.maxFieldChars(),
                        "break the turn into several speaker lines"));
                continue;
            }
            if (interviewers.contains(turn.speaker.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> sentences = sentences(turn.text.toString());
            for (int s = 0; s < sentences.size(); s++) {
                items.add(new FeedbackItem(
                        name + "#t" + (t + 1) + "s" + (s + 1),
                        sentences.get(s),
                        null,
                        null,
                        "interview",
                        null,
                        turn.speaker,
                        name,
                        file + ":" + turn.line));
            }
            if (items.size() > limits.maxRows()) {
                throw new BadInputException(new InputProblem(
                        file,
                        turn.line,
                        null,
                        null,
                        "has more than " + limits.maxRows() + " sentences",
                        "split the transcript into smaller files"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        if (items.isEmpty()) {
            throw BadInputException.whole(
                    file,
                    "has no customer turns (expected lines like 'Anna: I could not find the price.')",
                    "start each turn with the speaker's name and a colon; interviewer turns are left out");
        }
        return items;
    }

    private static List<Turn> turns(List<String> lines) {
        List<Turn> turns = new ArrayList<>();
        Turn current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher turn = TURN.matcher(line);
            if (turn.matches()) {
                current = new Turn(
                        turn.group(1).strip(),
                        i + 1L,
                        new StringBuilder(turn.group(2).strip()));
                turns.add(current);
            } else if (!line.isBlank()) {
                if (current == null) {
                    current = new Turn("unknown speaker", i + 1L, new StringBuilder());
                    turns.add(current);
                }
                current.text.append(' ').append(line.strip());
            }
        }
        return turns;
    }

    private static List<String> sentences(String text) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(text);
        List<String> sentences = new ArrayList<>();
        for (int start = boundaries.first(), end = boundaries.next();
                end != BreakIterator.DONE;
                start = end, end = boundaries.next()) {
            String sentence = text.substring(start, end).strip();
            if (sentence.split("\\s+").length >= MIN_WORDS) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private record Turn(String speaker, long line, StringBuilder text) {}
}
