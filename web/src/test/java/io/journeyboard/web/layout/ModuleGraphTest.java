package io.journeyboard.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import rules of the web app (docs/web.md): the editor is a leaf that only the app's routes open, and no
 * modules import each other in a circle. Read from the served files on the classpath, as the browser gets them.
 */
class ModuleGraphTest {

    private static final String JS_ROOT = "/io/journeyboard/web/app/js";
    /** The one way into the editor: app.js routes the map's address to editor/editor.js. */
    private static final Map<String, String> EDITOR_ENTRY = Map.of("app.js", "editor/editor.js");

    // Static imports and re-exports ("import … from '…'", "import '…'", "export … from '…'") and dynamic import('…').
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^\\s*(?:import|export)\\s[^;]*?\\bfrom\\s*['\"]([^'\"]+)['\"]"
                    + "|^\\s*import\\s*['\"]([^'\"]+)['\"]"
                    + "|\\bimport\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    /** Each module (path under js/, such as "editor/grid.js") with the modules it imports. */
    private static Map<String, Set<String>> imports;

    @BeforeAll
    static void readModules() throws IOException, URISyntaxException {
        Path root = Path.of(ModuleGraphTest.class.getResource(JS_ROOT).toURI());
        imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                String module = root.relativize(file).toString().replace('\\', '/');
                imports.put(module, importsOf(module, Files.readString(file)));
            }
        }
        assertThat(imports).as("web modules found under " + JS_ROOT).containsKeys("app.js", "editor/editor.js");
    }

    private static Set<String> importsOf(String module, String source) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = IMPORT.matcher(BLOCK_COMMENT.matcher(source).replaceAll(""));
        while (matcher.find()) {
            String target = matcher.group(1) != null
                    ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            found.add(Path.of(module)
                    .resolveSibling(target)
                    .normalize()
                    .toString()
                    .replace('\\', '/'));
        }
        return found;
    }

    @Test
    void everyImportNamesAModuleOfTheApp() {
        List<String> missing = new ArrayList<>();
        imports.forEach((module, targets) -> targets.stream()
                .filter(t -> !imports.containsKey(t))
                .forEach(t -> missing.add(module + " imports " + t + ", which is not a module of the app")));
        assertThat(missing).isEmpty();
    }

    @Test
    void noModuleOutsideTheEditorImportsFromIt() {
        List<String> reachingIn = new ArrayList<>();
        imports.forEach((module, targets) -> {
            if (module.startsWith("editor/")) return;
            targets.stream()
                    .filter(t -> t.startsWith("editor/") && !t.equals(EDITOR_ENTRY.get(module)))
                    .forEach(t -> reachingIn.add(module + " imports " + t
                            + ": journey queries belong in model/, shared screen pieces in ui/ or map/"));
        });
        assertThat(reachingIn).isEmpty();
    }

    @Test
    void noModulesImportEachOtherInACircle() {
        List<List<String>> circles = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String module : imports.keySet()) {
            findCircles(module, new ArrayList<>(), done, circles);
        }
        assertThat(circles)
                .as("import circles (each listed from a module back to itself)")
                .isEmpty();
    }

    // Depth-first: a module met again while it is still on the path closes a circle.
    private static void findCircles(String module, List<String> path, Set<String> done, List<List<String>> circles) {
        int onPath = path.indexOf(module);
        if (onPath >= 0) {
            List<String> circle = new ArrayList<>(path.subList(onPath, path.size()));
            circle.add(module);
            circles.add(circle);
            return;
        }
        if (done.contains(module)) return;
        path.add(module);
        for (String target : imports.getOrDefault(module, Set.of())) {
            findCircles(target, path, done, circles);
        }
        path.removeLast();
        done.add(module);
    }
}
