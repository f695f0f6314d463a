package eu.restproject.academy.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The next version of a published bundle with one quiz file replaced: the lessons stay as they
 * are (marked unchanged), the version goes up by a minor step. The result is an ordinary bundle,
 * published and validated like any other.
 */
public final class BundleRevision {

    private static final Dump YAML = new Dump(DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(120)
            .build());

    private BundleRevision() {}

    /** @param latest the module's latest version, whose successor this revision becomes */
    @SuppressWarnings("unchecked")
    public static BundleFiles withQuiz(
            BundleFiles latest, SemanticVersion latestVersion, String quizId, String quizYaml) {
        Map<String, Object> manifest = (Map<String, Object>) new Load(
                        LoadSettings.builder().build())
                .loadFromString(new String(latest.find(ManifestReader.FILE).orElseThrow(), StandardCharsets.UTF_8));
        manifest.put("version", new SemanticVersion(latestVersion.major(), latestVersion.minor() + 1, 0).toString());
        for (Object lesson : (List<Object>) manifest.get("lessons")) {
            Map<String, Object> fields = (Map<String, Object>) lesson;
            fields.put("change", "unchanged");
            fields.remove("note");
        }
        List<Object> quizzes = new ArrayList<>((List<Object>) manifest.getOrDefault("quizzes", List.of()));
        if (!quizzes.contains(quizId)) {
            quizzes.add(quizId);
        }
        manifest.put("quizzes", quizzes);
        Map<String, byte[]> files = new LinkedHashMap<>(latest.all());
        files.put(ManifestReader.FILE, YAML.dumpToString(manifest).getBytes(StandardCharsets.UTF_8));
        files.put("quizzes/" + quizId + ".yaml", quizYaml.getBytes(StandardCharsets.UTF_8));
        return new BundleFiles("authoring", files);
    }
}
